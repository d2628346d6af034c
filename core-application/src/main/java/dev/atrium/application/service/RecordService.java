package dev.atrium.application.service;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.port.in.CreateRecordCommand;
import dev.atrium.application.port.in.CreateRecordUseCase;
import dev.atrium.application.port.in.DeleteRecordCommand;
import dev.atrium.application.port.in.DeleteRecordUseCase;
import dev.atrium.application.port.in.GetRecordQuery;
import dev.atrium.application.port.in.GetRecordUseCase;
import dev.atrium.application.port.in.ListRecordsQuery;
import dev.atrium.application.port.in.ListRecordsUseCase;
import dev.atrium.application.port.in.UpdateRecordCommand;
import dev.atrium.application.port.in.UpdateRecordResult;
import dev.atrium.application.port.in.UpdateRecordUseCase;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.RecordPage;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.Principal;

/**
 * Create, read, update, delete and list for every entity of the catalog, within the caller's
 * access. Input is read before any transaction starts; creates and updates then go through the
 * {@link WritePipeline} as batches of one, retried when a concurrent writer conflicts.
 */
public final class RecordService implements CreateRecordUseCase, GetRecordUseCase, UpdateRecordUseCase,
        DeleteRecordUseCase, ListRecordsUseCase {

    private final RecordServices shared;
    private final RecordRepository repository;
    private final RecordReader reader;

    RecordService(RecordServices shared) {
        this.shared = shared;
        this.repository = shared.repository;
        this.reader = new RecordReader(shared);
    }

    @Override
    public Record create(CreateRecordCommand command) {
        EntityDefinition entity = shared.entity(command.entity());
        Principal caller = command.caller();
        shared.access.requireCreate(caller, entity);
        WriteInput input = WriteInput.read(shared.access, shared.access.of(caller, entity), entity,
                command.attributes(), true, shared.unknownKeys);
        Record created = ConflictRetries.inTransaction(shared.unitOfWork, entity, () -> {
            String id = shared.pipeline.writeOne(caller, entity, new WritePipeline.Request(null, input)).id();
            return read(caller, entity, id);
        });
        shared.written(entity.name(), Set.of(created.id()));
        return created;
    }

    @Override
    public Record get(GetRecordQuery query) {
        return reader.get(query.caller(), shared.entity(query.entity()), query.id());
    }

    @Override
    public UpdateRecordResult update(UpdateRecordCommand command) {
        EntityDefinition entity = shared.entity(command.entity());
        Principal caller = command.caller();
        WriteInput input = WriteInput.read(shared.access, shared.access.of(caller, entity), entity,
                command.attributes(), false, shared.unknownKeys);
        UpdateRecordResult result = ConflictRetries.inTransaction(shared.unitOfWork, entity, () -> {
            Record current = live(entity, command.id());
            command.precondition().check(current);
            WritePipeline.Outcome outcome = shared.pipeline.writeOne(caller, entity,
                    new WritePipeline.Request(current, input));
            boolean changed = outcome.status() == WritePipeline.Status.UPDATED;
            Record updated = read(caller, entity, current.id());
            if (changed) {
                // a writer that slipped in after the check moved the version by one more: this write is refused
                command.precondition().afterOneWrite().check(updated);
            }
            return new UpdateRecordResult(updated, changed);
        });
        if (result.changed()) {
            shared.written(entity.name(), Set.of(command.id()));
        }
        return result;
    }

    @Override
    public void delete(DeleteRecordCommand command) {
        EntityDefinition entity = shared.entity(command.entity());
        shared.unitOfWork.inTransaction(() -> {
            Record current = repository.findById(entity, command.id(), command.permanently())
                    .orElseThrow(() -> notFound(entity, command.id()));
            shared.access.requireRecord(command.caller(), entity, current.id(),
                    shared.access.of(command.caller(), entity).delete(), "delete");
            command.precondition().check(current);
            DomainException refused = AdminOnly.deleteRefusal(command.caller(), entity, current);
            if (refused != null) {
                throw refused;
            }
            LocalDateTime now = shared.stamps.now();
            shared.toMany.forget(entity, List.of(current.id()), now);
            if (command.permanently()) {
                repository.delete(entity, current.id());
            } else {
                repository.softDelete(entity, current.id(), Map.of(SystemFields.MODIFIED_AT, now,
                        SystemFields.MODIFIED_BY_ID, command.caller().userId()));
                repository.findById(entity, current.id(), true).ifPresent(command.precondition().afterOneWrite()::check);
            }
            return null;
        });
        shared.written(entity.name(), Set.of(command.id()));
    }

    @Override
    public RecordPage list(ListRecordsQuery query) {
        return shared.lister.list(query);
    }

    /** A record as a single read shows it: with linked names and its to-many links, within the caller's field access. */
    private Record read(Principal caller, EntityDefinition entity, String id) {
        return reader.read(caller, entity, id);
    }

    private Record live(EntityDefinition entity, String id) {
        return repository.findById(entity, id, false).orElseThrow(() -> notFound(entity, id));
    }

    private static DomainException notFound(EntityDefinition entity, String id) {
        return DomainException.notFound(entity.name() + " '" + id + "' is not found.");
    }
}
