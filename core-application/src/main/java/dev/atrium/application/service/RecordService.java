package dev.atrium.application.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import dev.atrium.application.port.out.DuplicateKeyException;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.RecordPage;
import dev.atrium.domain.record.FieldError;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.RecordInput;
import dev.atrium.domain.record.ValidationException;
import dev.atrium.domain.security.EntityAccess;
import dev.atrium.domain.security.Principal;

/**
 * Create, read, update, delete and list for every entity of the catalog, within the caller's
 * access. Input is validated before any transaction starts; references and unique keys are checked
 * inside it, and the database's unique constraints catch what a concurrent writer slips past the check.
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
        EntityAccess access = shared.access.of(caller, entity);
        ToManyInput input = ToManyInput.of(entity, shared.access.writable(access, entity, command.attributes()));
        Map<String, Object> values = RecordInput.forCreate(entity, input.attributes());
        shared.hashPasswords(entity, values);
        Record created = shared.unitOfWork.inTransaction(() -> {
            String id = (String) values.get(SystemFields.ID);
            if (id == null) {
                id = shared.ids.next();
            } else if (repository.idExists(entity, id)) {
                throw new DomainException(DomainException.Kind.CONFLICT,
                        entity.name() + " with id '" + id + "' already exists.");
            }
            shared.hooks.beforeWrite(entity, id, null, values);
            LocalDateTime now = shared.now();
            Map<String, Object> row = RecordServices.newRow(entity, caller, id, values, now);
            shared.references.check(entity, row);
            checkUniqueKeys(entity, row, null);
            write(entity, () -> repository.insert(entity, row));
            String createdId = id;
            input.links().forEach((link, others) -> shared.toMany.replace(entity, createdId, link, others, now));
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
        EntityAccess access = shared.access.of(caller, entity);
        ToManyInput input = ToManyInput.of(entity, shared.access.writable(access, entity, command.attributes()));
        Map<String, Object> values = RecordInput.forUpdate(entity, input.attributes());
        UpdateRecordResult result = shared.unitOfWork.inTransaction(() -> {
            Record current = live(entity, command.id());
            shared.access.requireRecord(caller, entity, command.id(), access.edit(), "edit");
            Map<String, Object> changes = new LinkedHashMap<>();
            values.forEach((attribute, value) -> {
                if (!Objects.equals(current.get(attribute), value)) {
                    changes.put(attribute, value);
                }
            });
            shared.hashPasswords(entity, changes);
            LocalDateTime now = shared.now();
            boolean linksChanged = false;
            for (Map.Entry<String, List<String>> link : input.links().entrySet()) {
                linksChanged |= shared.toMany.replace(entity, command.id(), link.getKey(), link.getValue(), now);
            }
            if (!changes.isEmpty()) {
                shared.hooks.beforeWrite(entity, current.id(), current, changes);
            }
            if (changes.isEmpty() && !linksChanged) {
                return new UpdateRecordResult(read(caller, entity, current.id()), false);
            }
            shared.references.check(entity, changes);
            Map<String, Object> merged = new HashMap<>(current.values());
            merged.putAll(changes);
            checkUniqueKeys(entity, merged, command.id());
            changes.put(SystemFields.MODIFIED_AT, now);
            changes.put(SystemFields.MODIFIED_BY_ID, caller.userId());
            write(entity, () -> repository.update(entity, command.id(), changes));
            return new UpdateRecordResult(read(caller, entity, command.id()), true);
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
            LocalDateTime now = shared.now();
            shared.toMany.forget(entity, List.of(current.id()), now);
            if (command.permanently()) {
                repository.delete(entity, current.id());
            } else {
                repository.softDelete(entity, current.id(), Map.of(SystemFields.MODIFIED_AT, now,
                        SystemFields.MODIFIED_BY_ID, command.caller().userId()));
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

    /** Every unique key whose attributes are all set must not match another live record. */
    private void checkUniqueKeys(EntityDefinition entity, Map<String, Object> values, String ownId) {
        List<FieldError> errors = new ArrayList<>();
        entity.uniqueKeys().forEach(key -> {
            Map<String, Object> keyValues = new LinkedHashMap<>();
            for (String attribute : key.attributes()) {
                Object value = values.get(attribute);
                if (value == null) {
                    return;
                }
                keyValues.put(attribute, value);
            }
            repository.findIdByKey(entity, keyValues)
                    .filter(found -> !found.equals(ownId))
                    .ifPresent(found -> errors.add(notUnique(entity, key.attributes())));
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static FieldError notUnique(EntityDefinition entity, List<String> attributes) {
        String names = String.join("', '", attributes);
        return new FieldError(attributes.get(0), "notUnique", "'" + names + "' must be unique: another "
                + entity.name() + " has the same value.");
    }

    private static void write(EntityDefinition entity, Runnable write) {
        try {
            write.run();
        } catch (DuplicateKeyException e) {
            throw ValidationException.of(null, "notUnique", "Such " + entity.name() + " already exists "
                    + "(a unique value was taken at the same moment).");
        }
    }
}
