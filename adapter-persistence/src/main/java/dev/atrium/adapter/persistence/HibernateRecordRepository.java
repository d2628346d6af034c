package dev.atrium.adapter.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.LinkRoute;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.ReadShape;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.Record;

/**
 * Records as Hibernate MAP-mode entities. Attribute names in queries come from the catalog, never
 * from the client; every value is a bound parameter.
 */
final class HibernateRecordRepository implements RecordRepository {

    private static final String LIVE = "e." + SystemFields.DELETED + " = false";
    /** Every set-based change counts as a write of each row it changes. */
    private static final String NEXT_VERSION = "e." + SystemFields.ROW_VERSION + " = coalesce(e."
            + SystemFields.ROW_VERSION + ", 0) + 1";
    /** Ids bound in one query: far below the bind-parameter limits (65,535 in the PostgreSQL and MariaDB drivers). */
    private static final int IDS_PER_QUERY = 1000;

    private final HibernateUnitOfWork unitOfWork;
    private final ShapedReads reads;

    HibernateRecordRepository(HibernateUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
        this.reads = new ShapedReads(unitOfWork);
    }

    @Override
    public Optional<Record> findById(EntityDefinition entity, String id, boolean includeDeleted) {
        @SuppressWarnings("unchecked")
        Map<String, Object> row = (Map<String, Object>) session().get(entity.name(), id);
        if (row == null || !includeDeleted && Boolean.TRUE.equals(row.get(SystemFields.DELETED))) {
            return Optional.empty();
        }
        return Optional.of(toRecord(entity, row));
    }

    @Override
    public boolean idExists(EntityDefinition entity, String id) {
        return session().createSelectionQuery("select count(*) from " + entity.name() + " e where e.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }

    @Override
    public Set<String> takenIds(EntityDefinition entity, Collection<String> ids) {
        return Set.copyOf(inChunks(ids, chunk -> select(new HqlConditions(entity).append("select e.id from "
                + entity.name() + " e where ").in("e.id", chunk), String.class)));
    }

    @Override
    public Set<String> liveIds(EntityDefinition entity, Collection<String> ids) {
        return Set.copyOf(inChunks(ids, chunk -> select(new HqlConditions(entity).append("select e.id from "
                + entity.name() + " e where " + LIVE + " and ").in("e.id", chunk), String.class)));
    }

    @Override
    public Optional<String> findIdByKey(EntityDefinition entity, Map<String, Object> key) {
        StringBuilder hql = new StringBuilder("select e.id from ").append(entity.name()).append(" e where ").append(LIVE);
        int index = 0;
        for (String attribute : key.keySet()) {
            hql.append(" and e.").append(ShapedRows.attribute(entity, attribute)).append(" = :k").append(index++);
        }
        SelectionQuery<String> query = session().createSelectionQuery(hql.toString(), String.class);
        index = 0;
        for (Map.Entry<String, Object> entry : key.entrySet()) {
            FieldDefinition field = entity.fieldByAttribute(entry.getKey()).orElseThrow();
            query.setParameter("k" + index++, toColumn(field, entry.getValue()));
        }
        return query.setMaxResults(1).getResultList().stream().findFirst();
    }

    @Override
    public Map<String, String> namesByIds(EntityDefinition entity, Collection<String> ids) {
        List<Object[]> rows = inChunks(ids, chunk -> select(new HqlConditions(entity).append("select e.id, e."
                + SystemFields.NAME + " from " + entity.name() + " e where " + LIVE + " and ").in("e.id", chunk),
                Object[].class));
        Map<String, String> names = new HashMap<>();
        rows.forEach(row -> {
            if (row[1] != null) {
                names.put((String) row[0], (String) row[1]);
            }
        });
        return names;
    }

    @Override
    public void insert(EntityDefinition entity, Map<String, Object> values) {
        insertAll(entity, List.of(values));
    }

    /**
     * One statement on PostgreSQL ({@link ColumnArrays}), elsewhere one JDBC batch, of inserts of every stored
     * column; the session is not asked to track the new rows.
     */
    @Override
    public void insertAll(EntityDefinition entity, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<FieldDefinition> fields = entity.storedFields();
        Session session = session();
        session.flush();
        session.doWork(connection -> {
            if (ColumnArrays.applies(connection) && ColumnArrays.insert(connection, entity.tableName(), fields, rows,
                    HibernateRecordRepository::toColumn)) {
                return;
            }
            String quote = connection.getMetaData().getIdentifierQuoteString();
            String sql = "INSERT INTO " + quote + entity.tableName() + quote + " (" + fields.stream()
                    .map(field -> quote + Columns.name(field) + quote).collect(Collectors.joining(", ")) + ", " + quote
                    + Columns.DELETED_KEY_COLUMN + quote + ") VALUES (" + "?, ".repeat(fields.size()) + "'')";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (Map<String, Object> values : rows) {
                    for (int i = 0; i < fields.size(); i++) {
                        bind(insert, i + 1, fields.get(i), values.get(fields.get(i).attribute()));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * One statement on PostgreSQL ({@link ColumnArrays}), elsewhere one JDBC batch, per set of changed
     * attributes, setting only those columns; no row is read first. The session forgets what it holds
     * afterwards, as those rows have changed.
     */
    @Override
    public void updateEach(EntityDefinition entity, Map<String, Map<String, Object>> changesById) {
        if (changesById.isEmpty()) {
            return;
        }
        // in the order of the ids, as concurrent writers of overlapping rows then lock them in the same order
        Map<List<String>, Map<String, Map<String, Object>>> byAttributes = new LinkedHashMap<>();
        new TreeMap<>(changesById).forEach((id, changes) -> byAttributes
                .computeIfAbsent(List.copyOf(changes.keySet()), attributes -> new LinkedHashMap<>()).put(id, changes));
        Session session = session();
        session.flush();
        session.doWork(connection -> {
            String quote = connection.getMetaData().getIdentifierQuoteString();
            boolean joined = ColumnArrays.applies(connection);
            for (Map.Entry<List<String>, Map<String, Map<String, Object>>> group : byAttributes.entrySet()) {
                List<FieldDefinition> fields = group.getKey().stream()
                        .map(attribute -> entity.fieldByAttribute(attribute).orElseThrow()).toList();
                if (joined && ColumnArrays.update(connection, entity.tableName(), fields, group.getValue(),
                        HibernateRecordRepository::toColumn)) {
                    continue;
                }
                String version = quote + Columns.ROW_VERSION_COLUMN + quote;
                String sql = fields.stream().map(field -> quote + Columns.name(field) + quote + " = ?")
                        .collect(Collectors.joining(", ", "UPDATE " + quote + entity.tableName() + quote + " SET ",
                                ", " + version + " = COALESCE(" + version + ", 0) + 1"
                                        + " WHERE " + quote + SystemFields.ID + quote + " = ?"));
                try (PreparedStatement update = connection.prepareStatement(sql)) {
                    for (Map.Entry<String, Map<String, Object>> row : group.getValue().entrySet()) {
                        for (int i = 0; i < fields.size(); i++) {
                            bind(update, i + 1, fields.get(i), row.getValue().get(fields.get(i).attribute()));
                        }
                        update.setString(fields.size() + 1, row.getKey());
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            }
        });
        session.clear();
    }

    @Override
    public void update(EntityDefinition entity, String id, Map<String, Object> changes) {
        apply(entity, managedRow(entity, id), changes);
        session().flush();
    }

    @Override
    public void softDelete(EntityDefinition entity, String id, Map<String, Object> changes) {
        Map<String, Object> row = managedRow(entity, id);
        apply(entity, row, changes);
        row.put(SystemFields.DELETED, true);
        row.put(Columns.DELETED_KEY_ATTRIBUTE, id);
        session().flush();
    }

    /** Sets the changes on a managed row, and counts the write in its version as every write path does. */
    private static void apply(EntityDefinition entity, Map<String, Object> row, Map<String, Object> changes) {
        changes.forEach((attribute, value) ->
                row.put(attribute, toColumn(entity.fieldByAttribute(attribute).orElseThrow(), value)));
        Object version = row.get(SystemFields.ROW_VERSION);
        row.put(SystemFields.ROW_VERSION, (version instanceof Number number ? number.longValue() : 0) + 1);
    }

    @Override
    public void delete(EntityDefinition entity, String id) {
        Session session = session();
        session.remove(managedRow(entity, id));
        session.flush();
    }

    @Override
    public Map<String, List<String>> linkedIds(EntityDefinition routeEntity, LinkRoute route, Collection<String> ownIds) {
        if (ownIds.isEmpty()) {
            return Map.of();
        }
        String own = ShapedRows.attribute(routeEntity, route.ownKey());
        String other = ShapedRows.attribute(routeEntity, route.otherKey());
        List<Object[]> rows = inChunks(ownIds, chunk -> select(new HqlConditions(routeEntity).append("select e." + own
                + ", e." + other + " from " + routeEntity.name() + " e where e." + SystemFields.DELETED + " = false and ")
                .in("e." + own, chunk).append(" order by e.id"), Object[].class));
        Map<String, List<String>> linked = new HashMap<>();
        rows.forEach(row -> linked.computeIfAbsent((String) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return linked;
    }

    @Override
    public int updateAll(EntityDefinition entity, Condition where, Map<String, Object> changes) {
        HqlConditions hql = new HqlConditions(entity).append("update " + entity.name() + " e set ").set(changes)
                .append(", " + NEXT_VERSION).append(" where " + LIVE + " and ").condition(where);
        return execute(hql);
    }

    @Override
    public int softDeleteAll(EntityDefinition entity, Condition where, Map<String, Object> changes) {
        HqlConditions hql = new HqlConditions(entity).append("update " + entity.name() + " e set e."
                + SystemFields.DELETED + " = true, e." + Columns.DELETED_KEY_ATTRIBUTE + " = e.id, " + NEXT_VERSION);
        if (!changes.isEmpty()) {
            hql.append(", ").set(changes);
        }
        hql.append(" where " + LIVE + " and ").condition(where);
        return execute(hql);
    }

    /**
     * Runs a set-based change; the session forgets what it holds, as those rows may have changed. A
     * unique key the change would repeat is a {@link dev.atrium.application.port.out.DuplicateKeyException}
     * here already, so that the service, still inside its unit of work, can answer it as a 400.
     */
    private int execute(HqlConditions hql) {
        Session session = session();
        session.flush();
        var statement = session.createMutationQuery(hql.text());
        hql.parameters().forEach(statement::setParameter);
        int changed;
        try {
            changed = statement.executeUpdate();
        } catch (RuntimeException e) {
            throw PersistenceErrors.translate(e);
        }
        session.clear();
        return changed;
    }

    @Override
    public Optional<Record> find(EntityDefinition entity, String id, ReadShape shape, Condition where) {
        return reads.find(entity, id, shape, where);
    }

    @Override
    public List<Record> list(EntityDefinition entity, RecordQuery query, ReadShape shape) {
        return reads.list(entity, query, shape);
    }

    @Override
    public List<Record> withNames(EntityDefinition entity, List<Record> records, ReadShape shape) {
        return reads.withNames(entity, records, shape);
    }

    @Override
    public long count(EntityDefinition entity, Condition where) {
        HqlConditions hql = new HqlConditions(entity).append("select count(*) from " + entity.name() + " e where "
                + LIVE + " and ").condition(where);
        SelectionQuery<Long> count = session().createSelectionQuery(hql.text(), Long.class);
        hql.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    private <T> List<T> select(HqlConditions hql, Class<T> type) {
        SelectionQuery<T> query = session().createSelectionQuery(hql.text(), type);
        hql.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    /** Runs an {@code in (:ids)} query once per chunk of distinct ids; an empty list runs none. */
    private static <T> List<T> inChunks(Collection<String> ids, Function<List<String>, List<T>> query) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        List<T> rows = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IDS_PER_QUERY) {
            rows.addAll(query.apply(distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_QUERY))));
        }
        return rows;
    }

    private Session session() {
        return unitOfWork.session();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> managedRow(EntityDefinition entity, String id) {
        Map<String, Object> row = (Map<String, Object>) session().get(entity.name(), id);
        if (row == null) {
            throw new IllegalStateException(entity.name() + " '" + id + "' vanished within its unit of work");
        }
        return row;
    }

    private static Object toColumn(FieldDefinition field, Object value) {
        return field.type().storage() == FieldType.Storage.JSON ? JsonValues.write(value) : value;
    }

    private static Record toRecord(EntityDefinition entity, Map<String, Object> row) {
        LinkedHashMap<String, Object> values = new LinkedHashMap<>();
        for (FieldDefinition field : entity.storedFields()) {
            Object value = row.get(field.attribute());
            values.put(field.attribute(), fromColumn(field, value));
        }
        return new Record(entity.name(), Record.handOver(values));
    }

    /** Binds a typed value to a plain JDBC statement as Hibernate would store it. */
    private static void bind(PreparedStatement statement, int position, FieldDefinition field, Object value)
            throws SQLException {
        Object column = toColumn(field, value);
        if (column == null) {
            statement.setNull(position, Columns.jdbcType(field));
        } else {
            statement.setObject(position, column);
        }
    }

    private static Object fromColumn(FieldDefinition field, Object value) {
        return field.type().storage() == FieldType.Storage.JSON ? JsonValues.read((String) value) : value;
    }
}
