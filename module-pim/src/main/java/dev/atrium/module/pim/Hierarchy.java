package dev.atrium.module.pim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.spi.RecordWrite;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValidationException;

/**
 * Categories and products form hierarchies with several parents each (AtroPIM 1.15), stored as rows of a
 * relation entity ({@code CategoryHierarchy}, {@code ProductHierarchy}); no record may become its own
 * ancestor. It checks every edge a write adds, whether through a record's {@code parents} or
 * {@code children} (create, update, upsert, mass update, the link routes) or a hierarchy row written
 * directly, against the stored tree and the edges of the same batch. It reads the ancestors one level per
 * query. One instance serves an entity and its relation.
 */
final class Hierarchy implements BatchHook {

    static final Hierarchy CATEGORIES = new Hierarchy("category", "CategoryHierarchy");
    static final Hierarchy PRODUCTS = new Hierarchy("product", "ProductHierarchy");

    private static final String PARENT_ID = "parentId";
    private static final String CHILD_ID = "childId";
    private static final int MOST = 100_000;

    private final String noun;
    final String relation;

    private Hierarchy(String noun, String relation) {
        this.noun = noun;
        this.relation = relation;
    }

    /** One parent-child pair a write adds, with the attribute a refusal names. */
    private record Edge(String parent, String child, String attribute) {
    }

    @Override
    public Map<RecordWrite, DomainException> beforeWriteAll(List<RecordWrite> writes) {
        Map<RecordWrite, DomainException> refused = new LinkedHashMap<>();
        Set<String> rewritten = new HashSet<>();
        writes.stream().filter(write -> write.entity().equals(relation) && !write.isCreate())
                .forEach(write -> rewritten.add(write.id()));
        Ancestry ancestry = writes.isEmpty() ? null : new Ancestry(writes.get(0), relation, rewritten);
        for (RecordWrite write : writes) {
            List<Edge> edges = edges(write);
            for (Edge edge : edges) {
                if (edge.parent().equals(edge.child()) || ancestry.reaches(edge.parent(), edge.child())) {
                    refused.put(write, ValidationException.of(edge.attribute(), "cycle", "A " + noun + " cannot be "
                            + "its own ancestor: '" + edge.child() + "' is already above '" + edge.parent() + "'."));
                    break;
                }
            }
            if (!refused.containsKey(write)) {
                edges.forEach(edge -> ancestry.add(edge.parent(), edge.child()));
            }
        }
        return refused;
    }

    private List<Edge> edges(RecordWrite write) {
        List<Edge> edges = new ArrayList<>();
        if (write.entity().equals(relation)) {
            boolean moved = write.isCreate() || write.values().containsKey(PARENT_ID) || write.values().containsKey(CHILD_ID);
            if (moved && write.after(PARENT_ID) instanceof String parent && write.after(CHILD_ID) instanceof String child) {
                edges.add(new Edge(parent, child, PARENT_ID));
            }
            return edges;
        }
        write.linked("parents").forEach(parent -> edges.add(new Edge(parent, write.id(), "parentsIds")));
        write.linked("children").forEach(child -> edges.add(new Edge(write.id(), child, "childrenIds")));
        return edges;
    }

    /** The parents of records as stored (read as needed) plus the edges this batch added so far. */
    private static final class Ancestry {
        private final RecordWrite reader;
        private final String relation;
        private final Set<String> rewritten;
        private final Map<String, Set<String>> parents = new HashMap<>();

        Ancestry(RecordWrite reader, String relation, Set<String> rewritten) {
            this.reader = reader;
            this.relation = relation;
            this.rewritten = rewritten;
        }

        void add(String parent, String child) {
            load(List.of(child));
            parents.get(child).add(parent);
        }

        /** Whether {@code ancestor} is {@code start} or above it. */
        boolean reaches(String start, String ancestor) {
            Set<String> seen = new HashSet<>(List.of(start));
            List<String> level = List.of(start);
            while (!level.isEmpty()) {
                load(level);
                List<String> next = new ArrayList<>();
                for (String child : level) {
                    for (String parent : parents.get(child)) {
                        if (parent.equals(ancestor)) {
                            return true;
                        }
                        if (seen.add(parent)) {
                            next.add(parent);
                        }
                    }
                }
                level = next;
            }
            return false;
        }

        private void load(List<String> children) {
            List<String> missing = children.stream().filter(child -> !parents.containsKey(child)).toList();
            if (missing.isEmpty()) {
                return;
            }
            missing.forEach(child -> parents.put(child, new HashSet<>()));
            for (Record row : reader.list(relation, new Condition.In(CHILD_ID, new ArrayList<>(missing)), MOST)) {
                if (!rewritten.contains(row.id()) && row.get(PARENT_ID) instanceof String parent) {
                    parents.get((String) row.get(CHILD_ID)).add(parent);
                }
            }
        }
    }
}
