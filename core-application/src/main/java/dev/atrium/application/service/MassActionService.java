package dev.atrium.application.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.port.in.MassActionsUseCase;
import dev.atrium.application.port.in.MassSelection;
import dev.atrium.application.port.in.MassUpdateCommand;
import dev.atrium.application.port.out.DuplicateKeyException;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.RecordInput;
import dev.atrium.domain.record.ValidationException;
import dev.atrium.domain.security.AccessLevel;
import dev.atrium.domain.security.EntityAccess;

/**
 * Mass update and mass delete, set-based: one statement per change (deletes work in chunks of
 * {@value #CHUNK} ids, so the links of each chunk can be hidden too), all in one transaction, with
 * the validation a single update gets and only over the records the caller may edit or delete.
 */
public final class MassActionService implements MassActionsUseCase {

    static final int CHUNK = 1000;

    private final RecordServices shared;

    MassActionService(RecordServices shared) {
        this.shared = shared;
    }

    @Override
    public int massUpdate(MassUpdateCommand command) {
        Catalog catalog = shared.catalogs.currentCatalog();
        MassSelection selection = command.selection();
        EntityDefinition entity = catalog.require(selection.entity());
        EntityAccess access = shared.access.of(selection.caller(), entity);
        Map<String, Object> writable = shared.access.writable(access, entity, command.attributes());
        if (!ToManyInput.of(entity, writable).links().isEmpty()) {
            throw ValidationException.of("attributes", "unsupported", "A mass update cannot change to-many links; "
                    + "use the relationship routes.");
        }
        Map<String, Object> changes = new LinkedHashMap<>(RecordInput.forUpdate(entity, writable));
        shared.hashPasswords(entity, changes);
        List<Condition> scopes = scopes(catalog, entity, selection, access, access.edit(), "edit");
        int count = shared.unitOfWork.inTransaction(() -> {
            shared.hooks.beforeWrite(entity, null, null, changes);
            shared.references.check(entity, changes);
            changes.put(SystemFields.MODIFIED_AT, shared.now());
            changes.put(SystemFields.MODIFIED_BY_ID, selection.caller().userId());
            try {
                int updated = 0;
                for (Condition scope : scopes) {
                    updated += shared.repository.updateAll(entity, scope, changes);
                }
                return updated;
            } catch (DuplicateKeyException e) {
                throw ValidationException.of(null, "notUnique", "The update would give several " + entity.name()
                        + " records the same unique value.");
            }
        });
        shared.written(entity.name(), Set.of());
        return count;
    }

    @Override
    public int massDelete(MassSelection selection) {
        Catalog catalog = shared.catalogs.currentCatalog();
        EntityDefinition entity = catalog.require(selection.entity());
        EntityAccess access = shared.access.of(selection.caller(), entity);
        List<Condition> scopes = scopes(catalog, entity, selection, access, access.delete(), "delete");
        List<Order> byId = List.of(new Order(SystemFields.ID, true));
        int count = shared.unitOfWork.inTransaction(() -> {
            LocalDateTime now = shared.now();
            int deleted = 0;
            for (Condition scope : scopes) {
                List<Record> chunk;
                do {
                    chunk = shared.repository.list(entity, new RecordQuery(scope, byId, 0, CHUNK, null));
                    List<Object> ids = chunk.stream().map(record -> (Object) record.id()).toList();
                    if (!ids.isEmpty()) {
                        shared.toMany.forget(entity, ids, now);
                        deleted += shared.repository.softDeleteAll(entity, new Condition.In(SystemFields.ID, ids),
                                Map.of(SystemFields.MODIFIED_AT, now, SystemFields.MODIFIED_BY_ID,
                                        selection.caller().userId()));
                    }
                } while (chunk.size() == CHUNK);
            }
            return deleted;
        });
        shared.written(entity.name(), Set.of());
        return count;
    }

    /**
     * The chosen records that the caller's level reaches; filters must be on readable fields. Ids
     * come {@value #CHUNK} at a time, one condition each, as no database driver binds an unbounded
     * list in one statement (PostgreSQL's takes 65,535 values at most).
     */
    private List<Condition> scopes(Catalog catalog, EntityDefinition entity, MassSelection selection,
            EntityAccess access, AccessLevel level, String action) {
        Condition reach = shared.access.scope(selection.caller(), entity, level, action);
        List<Condition> chosen = new ArrayList<>();
        if (selection.byWhere()) {
            chosen.add(shared.where.read(selection.caller(), catalog, entity, selection.where(), shared.now()));
            shared.access.requireFilterable(access, entity, chosen.get(0), List.of());
        } else {
            List<Object> ids = List.copyOf(new LinkedHashSet<Object>(selection.ids()));
            for (int from = 0; from < ids.size(); from += CHUNK) {
                chosen.add(new Condition.In(SystemFields.ID, ids.subList(from, Math.min(ids.size(), from + CHUNK))));
            }
        }
        return chosen.stream().map(condition -> Condition.TRUE.equals(reach) ? condition
                : new Condition.All(List.of(reach, condition))).toList();
    }
}
