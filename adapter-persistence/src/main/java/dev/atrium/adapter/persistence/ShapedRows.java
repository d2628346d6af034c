package dev.atrium.adapter.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.ReadShape;
import dev.atrium.domain.record.Record;

/**
 * The select list of a read (alias {@code e}) and the records made from its rows: the stored columns,
 * then one scalar subquery per belongs-to name (a single record) and one JSON-aggregating subquery per
 * to-many link, so a record is one statement however many links it shows. A page reads its belongs-to
 * names apart ({@link #names}): a scalar subquery runs for each row and, on PostgreSQL, turns the plan
 * away from the index that serves the page's order, tripling the database's work for a page of 50; the
 * names of the ids a page holds are one more statement, and none when its links are empty. Hibernate
 * writes each database's JSON functions; attribute and entity names come from the catalog only, values
 * are bound parameters.
 */
final class ShapedRows {

    private final EntityDefinition entity;
    private final ReadShape shape;
    private final String[] attributes;
    private final boolean[] json;
    private final boolean namesInRow;

    /** @param namesInRow whether the row holds the belongs-to names, or {@link #names} reads them after */
    ShapedRows(EntityDefinition entity, ReadShape shape, boolean namesInRow) {
        this.entity = entity;
        this.shape = shape;
        this.namesInRow = namesInRow;
        List<FieldDefinition> fields = entity.storedFields();
        attributes = new String[fields.size()];
        json = new boolean[fields.size()];
        for (int i = 0; i < attributes.length; i++) {
            attributes[i] = fields.get(i).attribute();
            json[i] = fields.get(i).type().storage() == FieldType.Storage.JSON;
        }
    }

    /**
     * Writes {@code e.id, e.name, ..., (select ...)}, the columns of {@link #record}; a name the reader may not
     * see reads null, by the condition of its link, bound as parameters of {@code hql}.
     */
    void select(HqlConditions hql) {
        for (int i = 0; i < attributes.length; i++) {
            hql.append(i == 0 ? "e." : ", e.").append(attributes[i]);
        }
        int alias = 0;
        for (ReadShape.Name name : namesInRow ? shape.names() : List.<ReadShape.Name>of()) {
            if (name.target().hasNameField()) {
                String n = "n" + alias++;
                hql.append(", (select " + n + "." + SystemFields.NAME + " from " + name.target().name() + " " + n
                        + " where " + n + ".id = e." + attribute(entity, name.idAttribute()) + " and " + n
                        + ".deleted = false");
                visibleOnly(hql, name.target(), n, name.visible()).append(")");
            }
        }
        for (ReadShape.ToMany link : shape.toMany()) {
            hql.append(", ");
            linked(hql, link, alias++);
        }
    }

    private static HqlConditions visibleOnly(HqlConditions hql, EntityDefinition target, String alias, Condition visible) {
        return Condition.TRUE.equals(visible) ? hql : hql.append(" and ").conditionOn(target, alias, visible);
    }

    /** The record of a row that holds its names. */
    Record record(Object[] row) {
        return record(row, PageNames.NONE);
    }

    /** The record of a row, its belongs-to names taken from {@code pageNames} when the row does not hold them. */
    Record record(Object[] row, PageNames pageNames) {
        LinkedHashMap<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i++) {
            values.put(attributes[i], json[i] ? JsonValues.read((String) row[i]) : row[i]);
        }
        if (shape.isEmpty()) {
            return new Record(entity.name(), Record.handOver(values));
        }
        int column = attributes.length;
        LinkedHashMap<String, String> names = new LinkedHashMap<>();
        for (ReadShape.Name name : shape.names()) {
            Object id = values.get(name.idAttribute());
            if (namesInRow && name.target().hasNameField()) {
                names.put(name.link(), id != null ? (String) row[column] : null);
                column++;
            } else {
                names.put(name.link(), name(name, id, pageNames));
            }
        }
        LinkedHashMap<String, Map<String, String>> toMany = new LinkedHashMap<>();
        for (ReadShape.ToMany link : shape.toMany()) {
            toMany.put(link.link(), idsAndNames((String) row[column++], link.target().hasNameField()));
        }
        return new Record(entity.name(), Record.handOver(values), Record.handOver(names), Record.handOver(toMany));
    }

    private static String name(ReadShape.Name name, Object id, PageNames pageNames) {
        return id != null && name.target().hasNameField() ? pageNames.of(name, (String) id) : null;
    }

    /** A record held already (as written), with the names of its belongs-to links from {@code pageNames}. */
    Record withNames(Record record, PageNames pageNames) {
        LinkedHashMap<String, String> names = new LinkedHashMap<>();
        for (ReadShape.Name name : shape.names()) {
            names.put(name.link(), name(name, record.get(name.idAttribute()), pageNames));
        }
        return record.withLinkNames(Record.handOver(names));
    }

    /**
     * The names behind the belongs-to ids of {@code rows}, read in one statement: a {@code union all} of one
     * select per target entity (and the condition its names are visible under), over the distinct ids the
     * rows hold; no statement when they hold none.
     */
    PageNames names(Session session, List<Object[]> rows) {
        if (namesInRow) {
            return PageNames.NONE;
        }
        return names(session, (attribute, ids) -> {
            int column = column(attribute);
            for (Object[] row : rows) {
                if (row[column] != null) {
                    ids.add((String) row[column]);
                }
            }
        });
    }

    /** {@link #names(Session, List)} of records held already. */
    PageNames namesOf(Session session, List<Record> records) {
        return names(session, (attribute, ids) -> records.forEach(record -> {
            if (record.get(attribute) instanceof String id) {
                ids.add(id);
            }
        }));
    }

    /** @param idsOf adds the ids held in an attribute to a set */
    private PageNames names(Session session, BiConsumer<String, Set<String>> idsOf) {
        // links to the same entity whose names the reader sees under the same condition share one select
        Map<List<Object>, NameLookup> lookups = new LinkedHashMap<>();
        Map<String, Map<String, String>> byLink = new HashMap<>();
        for (ReadShape.Name name : shape.names()) {
            if (name.target().hasNameField()) {
                NameLookup lookup = lookups.computeIfAbsent(List.of(name.target().name(), name.visible()),
                        key -> new NameLookup(name));
                byLink.put(name.link(), lookup.names);
                idsOf.accept(name.idAttribute(), lookup.ids);
            }
        }
        List<NameLookup> needed = lookups.values().stream().filter(lookup -> !lookup.ids.isEmpty()).toList();
        if (needed.isEmpty()) {
            return PageNames.NONE;
        }
        HqlConditions hql = new HqlConditions(entity);
        for (int i = 0; i < needed.size(); i++) {
            ReadShape.Name name = needed.get(i).name;
            String n = "n" + i;
            hql.append(i == 0 ? "" : " union all ").append("select " + i + ", " + n + "." + SystemFields.ID + ", " + n + "."
                    + SystemFields.NAME + " from " + name.target().name() + " " + n + " where ")
                    .in(n + "." + SystemFields.ID, List.copyOf(needed.get(i).ids))
                    .append(" and " + n + "." + SystemFields.DELETED + " = false");
            visibleOnly(hql, name.target(), n, name.visible());
        }
        SelectionQuery<Object[]> select = session.createSelectionQuery(hql.text(), Object[].class);
        hql.parameters().forEach(select::setParameter);
        for (Object[] row : select.getResultList()) {
            needed.get(((Number) row[0]).intValue()).names.put((String) row[1], (String) row[2]);
        }
        return new PageNames(byLink);
    }

    /** The ids a page holds of one target entity, and the names read for them. */
    private static final class NameLookup {

        final ReadShape.Name name;
        final Set<String> ids = new LinkedHashSet<>();
        final Map<String, String> names = new HashMap<>();

        NameLookup(ReadShape.Name name) {
            this.name = name;
        }
    }

    private int column(String attribute) {
        for (int i = 0; i < attributes.length; i++) {
            if (attributes[i].equals(attribute)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a stored attribute of " + entity.name() + ": " + attribute);
    }

    /**
     * {@code (select json_arrayagg(json_array(r.otherKey, t.name null on null) order by r.id) from Route r
     * left join Target t on ...)}; the name comes from the route row itself when it is the target.
     */
    private static void linked(HqlConditions hql, ReadShape.ToMany link, int index) {
        String r = "r" + index;
        String t = "t" + index;
        String own = attribute(link.routeEntity(), link.route().ownKey());
        String other = attribute(link.routeEntity(), link.route().otherKey());
        boolean named = link.target().hasNameField();
        boolean direct = link.route().isDirect();
        boolean everyName = Condition.TRUE.equals(link.visible());
        hql.append("(select json_arrayagg(");
        if (!named) {
            hql.append(r + "." + other);
        } else if (direct && !everyName) {
            hql.append("json_array(" + r + "." + other + ", case when ");
            hql.conditionOn(link.target(), r, link.visible()).append(" then " + r + "." + SystemFields.NAME
                    + " end null on null)");
        } else {
            hql.append("json_array(" + r + "." + other + ", " + (direct ? r : t) + "." + SystemFields.NAME + " null on null)");
        }
        hql.append(" order by " + r + ".id) from " + link.routeEntity().name() + " " + r);
        if (named && !direct) {
            hql.append(" left join " + link.target().name() + " " + t + " on " + t + ".id = " + r + "." + other + " and "
                    + t + ".deleted = false");
            visibleOnly(hql, link.target(), t, link.visible());
        }
        hql.append(" where " + r + "." + own + " = e.id and " + r + ".deleted = false)");
    }

    /** The aggregated JSON: {@code [["id","name"], ...]}, or {@code ["id", ...]} for targets without names. */
    private static Map<String, String> idsAndNames(String aggregated, boolean named) {
        LinkedHashMap<String, String> result = new LinkedHashMap<>();
        if (aggregated == null) {
            return Record.handOver(result);
        }
        for (Object element : (List<?>) JsonValues.read(aggregated)) {
            if (named) {
                List<?> pair = (List<?>) element;
                result.put((String) pair.get(0), (String) pair.get(1));
            } else {
                result.put((String) element, null);
            }
        }
        return Record.handOver(result);
    }

    /** The attribute as the catalog spells it; refuses anything else, so no client text reaches HQL. */
    static String attribute(EntityDefinition entity, String attribute) {
        return entity.fieldByAttribute(attribute)
                .orElseThrow(() -> new IllegalArgumentException("not a stored attribute of " + entity.name() + ": " + attribute))
                .attribute();
    }
}
