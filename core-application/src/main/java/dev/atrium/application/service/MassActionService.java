package dev.atrium.application.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.port.in.MassActionsUseCase;
import dev.atrium.application.port.in.MassSelection;
import dev.atrium.application.port.in.MassUpdateCommand;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValidationException;
import dev.atrium.domain.security.AccessLevel;
import dev.atrium.domain.security.EntityAccess;

/**
 * Mass update and mass delete over the chosen records the caller may edit or delete, all or nothing,
 * in one transaction. A mass update is the {@link WritePipeline} over the records in chunks of
 * {@value #CHUNK}, so every record gets the hooks, validation and unique checks a single update gets;
 * if any record fails, nothing is written and the answer names it.
 */
public final class MassActionService implements MassActionsUseCase {

    static final int CHUNK = 1000;
    private static final List<Order> BY_ID = List.of(new Order(SystemFields.ID, true));

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
        WriteInput input = WriteInput.read(shared.access, access, entity, command.attributes(), false,
                shared.unknownKeys);
        if (!input.links().isEmpty()) {
            throw ValidationException.of("attributes", "unsupported", "A mass update cannot change to-many links; "
                    + "use the relationship routes.");
        }
        List<Condition> scopes = scopes(catalog, entity, selection, access, access.edit(), "edit");
        Set<String> written = new LinkedHashSet<>();
        int count = ConflictRetries.inTransaction(shared.unitOfWork, entity, () -> {
            written.clear();
            int updated = 0;
            for (Condition scope : scopes) {
                List<Record> chunk;
                List<Object> after = null;
                do {
                    chunk = shared.repository.list(entity, new RecordQuery(scope, BY_ID, 0, CHUNK, after));
                    List<WritePipeline.Request> requests = chunk.stream()
                            .map(record -> new WritePipeline.Request(record, input)).toList();
                    List<WritePipeline.Outcome> outcomes = shared.pipeline.write(selection.caller(), entity, requests,
                            WritePipeline.Options.WRITE);
                    refuseIfAnyFailed(entity, outcomes);
                    outcomes.stream().filter(outcome -> outcome.status() == WritePipeline.Status.UPDATED)
                            .forEach(outcome -> written.add(outcome.id()));
                    updated += outcomes.size();
                    after = chunk.isEmpty() ? null : List.of(chunk.get(chunk.size() - 1).id());
                } while (chunk.size() == CHUNK);
            }
            return updated;
        });
        if (!written.isEmpty()) {
            shared.written(entity.name(), written);
        }
        return count;
    }

    /** All or nothing: the first failures, each naming its record, refuse the whole mass update. */
    private static void refuseIfAnyFailed(EntityDefinition entity, List<WritePipeline.Outcome> outcomes) {
        List<WritePipeline.Outcome> failed = outcomes.stream().filter(outcome -> outcome.failure() != null).toList();
        if (failed.isEmpty()) {
            return;
        }
        DomainException first = failed.get(0).failure();
        String message = entity.name() + " '" + failed.get(0).id() + "': " + first.getMessage()
                + (failed.size() > 1 ? " (and " + (failed.size() - 1) + " more records fail)" : "")
                + " Nothing was updated.";
        if (first instanceof ValidationException validation) {
            throw new ValidationException(message, validation.errors());
        }
        throw new DomainException(first.kind(), message);
    }

    @Override
    public int massDelete(MassSelection selection) {
        Catalog catalog = shared.catalogs.currentCatalog();
        EntityDefinition entity = catalog.require(selection.entity());
        EntityAccess access = shared.access.of(selection.caller(), entity);
        List<Condition> scopes = scopes(catalog, entity, selection, access, access.delete(), "delete");
        int count = shared.unitOfWork.inTransaction(() -> {
            LocalDateTime now = shared.stamps.now();
            int deleted = 0;
            for (Condition scope : scopes) {
                List<Record> chunk;
                do {
                    chunk = shared.repository.list(entity, new RecordQuery(scope, BY_ID, 0, CHUNK, null));
                    for (Record record : chunk) {
                        DomainException refused = AdminOnly.deleteRefusal(selection.caller(), entity, record);
                        if (refused != null) {
                            throw refused;
                        }
                    }
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
            chosen.add(shared.where.read(selection.caller(), catalog, entity, selection.where(), shared.stamps.now()));
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
