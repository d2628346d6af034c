package dev.atrium.application.port.out;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.LinkRoute;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.ReadShape;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.Record;

/**
 * Stores records of any entity in the catalog. Values are typed as {@link Record} describes; every
 * method runs inside the caller's {@link UnitOfWork}. "Live" means not soft-deleted.
 */
public interface RecordRepository {

    Optional<Record> findById(EntityDefinition entity, String id, boolean includeDeleted);

    /**
     * The live record with what {@code shape} asks for, if it also meets {@code where} (the caller's
     * reach): one statement, whatever the number of links.
     */
    Optional<Record> find(EntityDefinition entity, String id, ReadShape shape, Condition where);

    /** Whether any row, live or soft-deleted, holds this id. */
    boolean idExists(EntityDefinition entity, String id);

    /** The subset of {@code ids} that any row holds, live or soft-deleted. */
    default Set<String> takenIds(EntityDefinition entity, Collection<String> ids) {
        Set<String> taken = new HashSet<>();
        ids.forEach(id -> {
            if (idExists(entity, id)) {
                taken.add(id);
            }
        });
        return taken;
    }

    /** The subset of {@code ids} that are live records. */
    Set<String> liveIds(EntityDefinition entity, Collection<String> ids);

    /** The live record whose attributes equal {@code key} (a unique key's attributes), if any. */
    Optional<String> findIdByKey(EntityDefinition entity, Map<String, Object> key);

    /** Names of the live records among {@code ids}; the entity must have a {@code name} field. */
    Map<String, String> namesByIds(EntityDefinition entity, Collection<String> ids);

    /** @throws DuplicateKeyException when a unique key among live records would repeat */
    void insert(EntityDefinition entity, Map<String, Object> values);

    /** @throws DuplicateKeyException when a unique key among live records would repeat */
    void update(EntityDefinition entity, String id, Map<String, Object> changes);

    /** Inserts many records in batches; all of them, or (on an exception) the caller rolls back. */
    void insertAll(EntityDefinition entity, List<Map<String, Object>> rows);

    /** Applies each record's changes (record id to changes), in batches. */
    void updateEach(EntityDefinition entity, Map<String, Map<String, Object>> changesById);

    /** Marks the record deleted, applying {@code changes} (the audit fields) in the same write. */
    void softDelete(EntityDefinition entity, String id, Map<String, Object> changes);

    /** Removes the row. */
    void delete(EntityDefinition entity, String id);

    /**
     * The other ends of a to-many link for each of {@code ownIds}: the {@code otherKey} values of the
     * live rows of {@code routeEntity} whose {@code ownKey} is one of them, in row id order.
     */
    Map<String, List<String>> linkedIds(EntityDefinition routeEntity, LinkRoute route, Collection<String> ownIds);

    /** Applies {@code changes} to every live record matching the condition, in one statement; returns how many. */
    int updateAll(EntityDefinition entity, Condition where, Map<String, Object> changes);

    /** Soft-deletes every live record matching the condition, in one statement; returns how many. */
    int softDeleteAll(EntityDefinition entity, Condition where, Map<String, Object> changes);

    /** Live records matching the query's condition, in its order, one page (by offset or after a keyset position). */
    default List<Record> list(EntityDefinition entity, RecordQuery query) {
        return list(entity, query, ReadShape.NONE);
    }

    /** {@link #list(EntityDefinition, RecordQuery)} with what {@code shape} asks for, in the same statement. */
    List<Record> list(EntityDefinition entity, RecordQuery query, ReadShape shape);

    /**
     * Records the caller holds already (as it wrote them), with the names behind the belongs-to links that
     * {@code shape} shows, under the same visibility as a read: one statement, none when they link nothing.
     * The shape asks for no to-many links.
     */
    List<Record> withNames(EntityDefinition entity, List<Record> records, ReadShape shape);

    /** How many live records match the condition. */
    long count(EntityDefinition entity, Condition where);
}
