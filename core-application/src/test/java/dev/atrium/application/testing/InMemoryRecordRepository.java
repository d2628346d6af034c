package dev.atrium.application.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import dev.atrium.application.port.out.DuplicateKeyException;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.IndexDefinition;
import dev.atrium.domain.metadata.LinkRoute;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.ReadShape;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.Precondition;
import dev.atrium.domain.record.Record;

/**
 * Records kept in maps, behaving like the database adapter: the primary key covers soft-deleted
 * rows, unique keys hold among live rows only (a key with a null member never clashes), lists are
 * ordered by the sort attribute and then by id. Values are stored as given, after checking that each
 * attribute is stored and its value has the Java type the storage expects.
 */
public class InMemoryRecordRepository implements RecordRepository {

    /** The stored rows at one moment, for {@link InMemoryUnitOfWork} to restore. */
    public record Snapshot(Map<String, Map<String, Map<String, Object>>> tables) {
    }

    private Map<String, Map<String, Map<String, Object>>> tables = new HashMap<>();
    private BooleanSupplier inUnitOfWork = () -> true;
    private final ConditionEvaluator evaluator = new ConditionEvaluator(entity ->
            tables.getOrDefault(entity, Map.of()).values().stream().filter(row -> !isDeleted(row)).toList());

    void requireUnitOfWork(BooleanSupplier active) {
        this.inUnitOfWork = active;
    }

    public Snapshot snapshot() {
        return new Snapshot(copy(tables));
    }

    public void restore(Snapshot snapshot) {
        tables = copy(snapshot.tables());
    }

    @Override
    public Optional<Record> findById(EntityDefinition entity, String id, boolean includeDeleted) {
        Map<String, Object> row = rows(entity).get(id);
        if (row == null || !includeDeleted && isDeleted(row)) {
            return Optional.empty();
        }
        return Optional.of(new Record(entity.name(), row));
    }

    @Override
    public boolean idExists(EntityDefinition entity, String id) {
        return rows(entity).containsKey(id);
    }

    @Override
    public Set<String> liveIds(EntityDefinition entity, Collection<String> ids) {
        Map<String, Map<String, Object>> rows = rows(entity);
        return Set.copyOf(ids.stream().filter(id -> rows.containsKey(id) && !isDeleted(rows.get(id))).toList());
    }

    @Override
    public Optional<String> findIdByKey(EntityDefinition entity, Map<String, Object> key) {
        key.keySet().forEach(attribute -> field(entity, attribute));
        return liveRows(entity).stream()
                .filter(row -> key.entrySet().stream().allMatch(e -> Objects.equals(row.get(e.getKey()), e.getValue())))
                .map(InMemoryRecordRepository::id)
                .findFirst();
    }

    /** An immutable map, so callers must not look up ids they did not ask for, such as null. */
    @Override
    public Map<String, String> namesByIds(EntityDefinition entity, Collection<String> ids) {
        field(entity, SystemFields.NAME);
        Map<String, String> names = new HashMap<>();
        for (String id : ids) {
            Map<String, Object> row = rows(entity).get(id);
            if (row != null && !isDeleted(row) && row.get(SystemFields.NAME) != null) {
                names.put(id, (String) row.get(SystemFields.NAME));
            }
        }
        return Map.copyOf(names);
    }

    @Override
    public void insert(EntityDefinition entity, Map<String, Object> values) {
        Map<String, Object> row = new LinkedHashMap<>();
        entity.storedFields().forEach(field -> row.put(field.attribute(), null));
        put(entity, row, values);
        String id = Objects.requireNonNull(id(row), "insert without an id");
        row.putIfAbsent(SystemFields.DELETED, false);
        if (rows(entity).containsKey(id)) {
            throw new DuplicateKeyException(entity.name() + ": primary key '" + id + "' exists", null);
        }
        checkUniqueKeys(entity, row);
        writableRows(entity).put(id, row);
    }

    @Override
    public void insertAll(EntityDefinition entity, List<Map<String, Object>> rows) {
        rows.forEach(row -> insert(entity, row));
    }

    @Override
    public void updateEach(EntityDefinition entity, Map<String, Map<String, Object>> changesById) {
        changesById.forEach((id, changes) -> update(entity, id, changes));
    }

    @Override
    public void update(EntityDefinition entity, String id, Map<String, Object> changes) {
        Map<String, Object> row = new LinkedHashMap<>(existing(entity, id));
        put(entity, row, changes);
        countWrite(row);
        if (!id.equals(id(row))) {
            throw new IllegalArgumentException("an update may not change the id");
        }
        checkUniqueKeys(entity, row);
        writableRows(entity).put(id, row);
    }

    @Override
    public void softDelete(EntityDefinition entity, String id, Map<String, Object> changes) {
        Map<String, Object> row = new LinkedHashMap<>(existing(entity, id));
        put(entity, row, changes);
        countWrite(row);
        row.put(SystemFields.DELETED, true);
        writableRows(entity).put(id, row);
    }

    /** As every write path counts: one more than the row held, 0 for a row from before versions. */
    private static void countWrite(Map<String, Object> row) {
        row.put(SystemFields.ROW_VERSION, Precondition.versionOf(new Record("row", row)) + 1);
    }

    @Override
    public void delete(EntityDefinition entity, String id) {
        existing(entity, id);
        writableRows(entity).remove(id);
    }

    @Override
    public Map<String, List<String>> linkedIds(EntityDefinition routeEntity, LinkRoute route, Collection<String> ownIds) {
        Map<String, List<String>> linked = new HashMap<>();
        liveRows(routeEntity).stream()
                .filter(row -> ownIds.contains(row.get(route.ownKey())))
                .sorted(Comparator.comparing(row -> id(row)))
                .forEach(row -> linked.computeIfAbsent((String) row.get(route.ownKey()), key -> new ArrayList<>())
                        .add((String) row.get(route.otherKey())));
        return linked;
    }

    @Override
    public int updateAll(EntityDefinition entity, Condition where, Map<String, Object> changes) {
        List<String> matching = matchingIds(entity, where);
        matching.forEach(id -> update(entity, id, changes));
        return matching.size();
    }

    @Override
    public int softDeleteAll(EntityDefinition entity, Condition where, Map<String, Object> changes) {
        List<String> matching = matchingIds(entity, where);
        matching.forEach(id -> softDelete(entity, id, changes));
        return matching.size();
    }

    private List<String> matchingIds(EntityDefinition entity, Condition where) {
        return liveRows(entity).stream().filter(row -> evaluator.matches(where, row)).map(row -> id(row)).toList();
    }

    @Override
    public Optional<Record> find(EntityDefinition entity, String id, ReadShape shape, Condition where) {
        return findById(entity, id, false).filter(record -> evaluator.matches(where, rows(entity).get(id)))
                .map(record -> shaped(record, shape));
    }

    @Override
    public List<Record> list(EntityDefinition entity, RecordQuery query, ReadShape shape) {
        return list(entity, query).stream().map(record -> shaped(record, shape)).toList();
    }

    @Override
    public List<Record> withNames(EntityDefinition entity, List<Record> records, ReadShape shape) {
        return records.stream().map(record -> shaped(record, shape)).toList();
    }

    /** The record with the names and links the shape asks for, looked up one by one: memory has no round trips. */
    private Record shaped(Record record, ReadShape shape) {
        if (shape.isEmpty()) {
            return record;
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (ReadShape.Name name : shape.names()) {
            Object id = record.get(name.idAttribute());
            names.put(name.link(), id instanceof String linked && name.target().hasNameField()
                    ? namesByIds(name.target(), List.of(linked)).get(linked) : null);
        }
        Map<String, Map<String, String>> toMany = new LinkedHashMap<>();
        for (ReadShape.ToMany link : shape.toMany()) {
            Map<String, String> idsAndNames = new LinkedHashMap<>();
            List<String> others = linkedIds(link.routeEntity(), link.route(), Collections.singletonList(record.id()))
                    .getOrDefault(record.id(), List.of());
            Map<String, String> otherNames = link.target().hasNameField() ? namesByIds(link.target(), others) : Map.of();
            others.forEach(other -> idsAndNames.put(other, otherNames.get(other)));
            toMany.put(link.link(), idsAndNames);
        }
        return new Record(record.entity(), record.values(), names, toMany);
    }

    @Override
    public List<Record> list(EntityDefinition entity, RecordQuery query) {
        query.order().forEach(key -> field(entity, key.attribute()));
        Comparator<Map<String, Object>> order = RowOrder.of(query.order());
        Map<String, Object> position = query.after() == null ? null : position(query);
        return liveRows(entity).stream()
                .filter(row -> evaluator.matches(query.where(), row))
                .filter(row -> position == null || order.compare(row, position) > 0)
                .sorted(order)
                .skip(position == null ? query.offset() : 0)
                .limit(query.maxSize())
                .map(row -> new Record(entity.name(), row))
                .toList();
    }

    @Override
    public long count(EntityDefinition entity, Condition where) {
        return liveRows(entity).stream().filter(row -> evaluator.matches(where, row)).count();
    }

    private static Map<String, Object> position(RecordQuery query) {
        Map<String, Object> position = new HashMap<>();
        for (int i = 0; i < query.order().size(); i++) {
            position.put(query.order().get(i).attribute(), query.after().get(i));
        }
        return position;
    }

    private Map<String, Map<String, Object>> rows(EntityDefinition entity) {
        checkInUnitOfWork();
        return tables.getOrDefault(entity.name(), Map.of());
    }

    private Map<String, Map<String, Object>> writableRows(EntityDefinition entity) {
        checkInUnitOfWork();
        return tables.computeIfAbsent(entity.name(), name -> new LinkedHashMap<>());
    }

    private void checkInUnitOfWork() {
        if (!inUnitOfWork.getAsBoolean()) {
            throw new IllegalStateException("repository used outside a unit of work");
        }
    }

    private List<Map<String, Object>> liveRows(EntityDefinition entity) {
        return rows(entity).values().stream().filter(row -> !isDeleted(row)).toList();
    }

    private Map<String, Object> existing(EntityDefinition entity, String id) {
        Map<String, Object> row = rows(entity).get(id);
        if (row == null) {
            throw new IllegalStateException(entity.name() + " '" + id + "' vanished within its unit of work");
        }
        return row;
    }

    private static void put(EntityDefinition entity, Map<String, Object> row, Map<String, Object> values) {
        values.forEach((attribute, value) -> {
            StoredTypes.check(field(entity, attribute), attribute, value);
            row.put(attribute, value);
        });
    }

    /** Like a unique index over the key's attributes plus the hidden deleted key: live rows only. */
    private void checkUniqueKeys(EntityDefinition entity, Map<String, Object> row) {
        if (isDeleted(row)) {
            return;
        }
        for (IndexDefinition key : entity.uniqueKeys()) {
            if (key.attributes().stream().anyMatch(attribute -> row.get(attribute) == null)) {
                continue;
            }
            for (Map<String, Object> other : liveRows(entity)) {
                boolean same = key.attributes().stream().allMatch(a -> Objects.equals(row.get(a), other.get(a)));
                if (same && !Objects.equals(id(other), id(row))) {
                    throw new DuplicateKeyException(entity.name() + ": unique key '" + key.name() + "' "
                            + key.attributes() + " would repeat", null);
                }
            }
        }
    }

    private static FieldDefinition field(EntityDefinition entity, String attribute) {
        return entity.fieldByAttribute(attribute).orElseThrow(() -> new IllegalArgumentException(
                "not a stored attribute of " + entity.name() + ": " + attribute));
    }

    private static String id(Map<String, Object> row) {
        return (String) row.get(SystemFields.ID);
    }

    private static boolean isDeleted(Map<String, Object> row) {
        return Boolean.TRUE.equals(row.get(SystemFields.DELETED));
    }

    private static Map<String, Map<String, Map<String, Object>>> copy(Map<String, Map<String, Map<String, Object>>> tables) {
        Map<String, Map<String, Map<String, Object>>> copy = new HashMap<>();
        tables.forEach((entity, rows) -> {
            Map<String, Map<String, Object>> rowsCopy = new LinkedHashMap<>();
            rows.forEach((id, row) -> rowsCopy.put(id, new LinkedHashMap<>(row)));
            copy.put(entity, rowsCopy);
        });
        return copy;
    }
}
