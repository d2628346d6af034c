package dev.atrium.application.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.atrium.application.port.in.CreateRecordCommand;
import dev.atrium.application.port.in.CreateRecordUseCase;
import dev.atrium.application.port.in.DeleteRecordCommand;
import dev.atrium.application.port.in.DeleteRecordUseCase;
import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.in.GetRecordQuery;
import dev.atrium.application.port.in.GetRecordUseCase;
import dev.atrium.application.port.in.ListRecordsQuery;
import dev.atrium.application.port.in.ListRecordsUseCase;
import dev.atrium.application.port.in.UpdateRecordCommand;
import dev.atrium.application.port.in.UpdateRecordResult;
import dev.atrium.application.port.in.UpdateRecordUseCase;
import dev.atrium.application.port.out.DuplicateKeyException;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.RecordPage;
import dev.atrium.domain.record.FieldError;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.RecordIds;
import dev.atrium.domain.record.RecordInput;
import dev.atrium.domain.record.ValidationException;

/**
 * Create, read, update, delete and list for every entity of the catalog. Input is validated before
 * any transaction starts; references and unique keys are checked inside it, and the database's
 * unique constraints catch what a concurrent writer slips past the check.
 */
public final class RecordService implements CreateRecordUseCase, GetRecordUseCase, UpdateRecordUseCase,
        DeleteRecordUseCase, ListRecordsUseCase {

    private final GetCatalogUseCase catalogs;
    private final RecordRepository repository;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final RecordIds ids;
    private final RecordReferences references;
    private final ToManyLinks toMany;
    private final RecordLister lister;

    public RecordService(GetCatalogUseCase catalogs, RecordRepository repository, UnitOfWork unitOfWork,
            Clock clock, ListLimits limits) {
        this.catalogs = catalogs;
        this.repository = repository;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.ids = new RecordIds(clock);
        this.references = new RecordReferences(catalogs, repository);
        this.toMany = new ToManyLinks(catalogs, repository, ids);
        this.lister = new RecordLister(catalogs, repository, unitOfWork, clock, limits, references, toMany);
    }

    @Override
    public Record create(CreateRecordCommand command) {
        EntityDefinition entity = entity(command.entity());
        ToManyInput input = ToManyInput.of(entity, command.attributes());
        Map<String, Object> values = RecordInput.forCreate(entity, input.attributes());
        return unitOfWork.inTransaction(() -> {
            String id = (String) values.get(SystemFields.ID);
            if (id == null) {
                id = ids.next();
            } else if (repository.idExists(entity, id)) {
                throw new DomainException(DomainException.Kind.CONFLICT,
                        entity.name() + " with id '" + id + "' already exists.");
            }
            references.check(entity, values);
            checkUniqueKeys(entity, values, null);
            LocalDateTime now = now();
            Map<String, Object> row = new LinkedHashMap<>(values);
            row.put(SystemFields.ID, id);
            row.put(SystemFields.DELETED, false);
            row.put(SystemFields.CREATED_AT, now);
            row.put(SystemFields.MODIFIED_AT, now);
            write(entity, () -> repository.insert(entity, row));
            String created = id;
            input.links().forEach((link, others) -> toMany.replace(entity, created, link, others, now));
            return read(entity, id);
        });
    }

    @Override
    public Record get(GetRecordQuery query) {
        EntityDefinition entity = entity(query.entity());
        return unitOfWork.readOnly(() -> read(entity, query.id()));
    }

    @Override
    public UpdateRecordResult update(UpdateRecordCommand command) {
        EntityDefinition entity = entity(command.entity());
        ToManyInput input = ToManyInput.of(entity, command.attributes());
        Map<String, Object> values = RecordInput.forUpdate(entity, input.attributes());
        return unitOfWork.inTransaction(() -> {
            Record current = live(entity, command.id());
            Map<String, Object> changes = new LinkedHashMap<>();
            values.forEach((attribute, value) -> {
                if (!Objects.equals(current.get(attribute), value)) {
                    changes.put(attribute, value);
                }
            });
            LocalDateTime now = now();
            boolean linksChanged = false;
            for (Map.Entry<String, List<String>> link : input.links().entrySet()) {
                linksChanged |= toMany.replace(entity, command.id(), link.getKey(), link.getValue(), now);
            }
            if (changes.isEmpty() && !linksChanged) {
                return new UpdateRecordResult(read(entity, current.id()), false);
            }
            references.check(entity, changes);
            Map<String, Object> merged = new HashMap<>(current.values());
            merged.putAll(changes);
            checkUniqueKeys(entity, merged, command.id());
            changes.put(SystemFields.MODIFIED_AT, now);
            write(entity, () -> repository.update(entity, command.id(), changes));
            return new UpdateRecordResult(read(entity, command.id()), true);
        });
    }

    @Override
    public void delete(DeleteRecordCommand command) {
        EntityDefinition entity = entity(command.entity());
        unitOfWork.inTransaction(() -> {
            Record current = repository.findById(entity, command.id(), command.permanently())
                    .orElseThrow(() -> notFound(entity, command.id()));
            LocalDateTime now = now();
            toMany.forget(entity, List.of(current.id()), now);
            if (command.permanently()) {
                repository.delete(entity, current.id());
            } else {
                repository.softDelete(entity, current.id(), Map.of(SystemFields.MODIFIED_AT, now));
            }
            return null;
        });
    }

    @Override
    public RecordPage list(ListRecordsQuery query) {
        return lister.list(query);
    }

    private EntityDefinition entity(String name) {
        return catalogs.currentCatalog().require(name);
    }

    /** A record as a single read shows it: with linked names and the ids and names of its to-many links. */
    private Record read(EntityDefinition entity, String id) {
        Set<String> links = new LinkedHashSet<>();
        ToManyLinks.of(entity).forEach(link -> links.add(link.name()));
        return toMany.withLinked(entity, List.of(references.withNames(entity, live(entity, id))), links).get(0);
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

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}
