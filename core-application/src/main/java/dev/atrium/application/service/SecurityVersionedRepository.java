package dev.atrium.application.service;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.application.port.out.VersionCounters;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.LinkRoute;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.ReadShape;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.Record;

/**
 * The repository every service writes through: a write to users, tokens, roles, teams or their links
 * first increments the security version, in the same transaction, so other nodes drop what they
 * cached once it commits, whatever path made the write. Incrementing before writing takes the
 * counter's row lock first, so two such transactions queue instead of deadlocking.
 */
public final class SecurityVersionedRepository implements RecordRepository {

    /** The entities whose rows decide who a token's caller is and what they may do. */
    static final Set<String> SECURITY_ENTITIES = Set.of("User", "AuthToken", "Role", "RoleScope", "RoleScopeField",
            "UserRole", "UserTeam", "Team");
    /** What writing a token's use changes: nothing that anyone caches. */
    private static final String AUTH_TOKEN = "AuthToken";
    private static final Set<String> TOKEN_USE = Set.of("lastAccess", SystemFields.MODIFIED_AT);

    private final RecordRepository stored;
    private final VersionCounters versions;

    public SecurityVersionedRepository(RecordRepository stored, VersionCounters versions) {
        this.stored = stored;
        this.versions = versions;
    }

    @Override
    public void insert(EntityDefinition entity, Map<String, Object> values) {
        announceUnlessNewToken(entity);
        stored.insert(entity, values);
    }

    @Override
    public void update(EntityDefinition entity, String id, Map<String, Object> changes) {
        announceUnlessTokenUse(entity, changes.keySet());
        stored.update(entity, id, changes);
    }

    @Override
    public void insertAll(EntityDefinition entity, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            announceUnlessNewToken(entity);
        }
        stored.insertAll(entity, rows);
    }

    @Override
    public void updateEach(EntityDefinition entity, Map<String, Map<String, Object>> changesById) {
        Set<String> changed = new HashSet<>();
        changesById.values().forEach(changes -> changed.addAll(changes.keySet()));
        if (!changed.isEmpty()) {
            announceUnlessTokenUse(entity, changed);
        }
        stored.updateEach(entity, changesById);
    }

    @Override
    public void softDelete(EntityDefinition entity, String id, Map<String, Object> changes) {
        announce(entity);
        stored.softDelete(entity, id, changes);
    }

    @Override
    public void delete(EntityDefinition entity, String id) {
        announce(entity);
        stored.delete(entity, id);
    }

    @Override
    public int updateAll(EntityDefinition entity, Condition where, Map<String, Object> changes) {
        announceUnlessTokenUse(entity, changes.keySet());
        return stored.updateAll(entity, where, changes);
    }

    @Override
    public int softDeleteAll(EntityDefinition entity, Condition where, Map<String, Object> changes) {
        announce(entity);
        return stored.softDeleteAll(entity, where, changes);
    }

    /** A new token (a login) is cached nowhere yet; any other new row may change a caller's rights. */
    private void announceUnlessNewToken(EntityDefinition entity) {
        if (!entity.name().equals(AUTH_TOKEN)) {
            announce(entity);
        }
    }

    /** Recording that a token was used (its last access) changes no one's rights. */
    private void announceUnlessTokenUse(EntityDefinition entity, Set<String> changed) {
        if (!(entity.name().equals(AUTH_TOKEN) && TOKEN_USE.containsAll(changed))) {
            announce(entity);
        }
    }

    private void announce(EntityDefinition entity) {
        if (SECURITY_ENTITIES.contains(entity.name())) {
            versions.increment(SecurityVersionWatch.COUNTER);
        }
    }

    @Override
    public Optional<Record> findById(EntityDefinition entity, String id, boolean includeDeleted) {
        return stored.findById(entity, id, includeDeleted);
    }

    @Override
    public boolean idExists(EntityDefinition entity, String id) {
        return stored.idExists(entity, id);
    }

    @Override
    public Set<String> takenIds(EntityDefinition entity, Collection<String> ids) {
        return stored.takenIds(entity, ids);
    }

    @Override
    public Set<String> liveIds(EntityDefinition entity, Collection<String> ids) {
        return stored.liveIds(entity, ids);
    }

    @Override
    public Optional<String> findIdByKey(EntityDefinition entity, Map<String, Object> key) {
        return stored.findIdByKey(entity, key);
    }

    @Override
    public Map<String, String> namesByIds(EntityDefinition entity, Collection<String> ids) {
        return stored.namesByIds(entity, ids);
    }

    @Override
    public Map<String, List<String>> linkedIds(EntityDefinition routeEntity, LinkRoute route, Collection<String> ownIds) {
        return stored.linkedIds(routeEntity, route, ownIds);
    }

    @Override
    public List<Record> list(EntityDefinition entity, RecordQuery query, ReadShape shape) {
        return stored.list(entity, query, shape);
    }

    @Override
    public List<Record> withNames(EntityDefinition entity, List<Record> records, ReadShape shape) {
        return stored.withNames(entity, records, shape);
    }

    @Override
    public Optional<Record> find(EntityDefinition entity, String id, ReadShape shape, Condition where) {
        return stored.find(entity, id, shape, where);
    }

    @Override
    public long count(EntityDefinition entity, Condition where) {
        return stored.count(entity, where);
    }
}
