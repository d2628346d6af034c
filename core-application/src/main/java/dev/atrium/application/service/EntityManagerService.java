package dev.atrium.application.service;

import static dev.atrium.application.service.ModelInput.bool;
import static dev.atrium.application.service.ModelInput.checkFree;
import static dev.atrium.application.service.ModelInput.checkKeys;
import static dev.atrium.application.service.ModelInput.conflict;
import static dev.atrium.application.service.ModelInput.forbidden;
import static dev.atrium.application.service.ModelInput.invalid;
import static dev.atrium.application.service.ModelInput.properties;
import static dev.atrium.application.service.ModelInput.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import dev.atrium.application.port.in.CreateRecordCommand;
import dev.atrium.application.port.in.DeleteRecordCommand;
import dev.atrium.application.port.in.ShapeModelUseCase;
import dev.atrium.application.port.in.UpdateRecordCommand;
import dev.atrium.application.port.in.UpdateRecordResult;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.application.port.out.RetiredStorage;
import dev.atrium.application.port.out.RuntimeModel;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.Naming;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.record.FieldError;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValidationException;
import dev.atrium.domain.record.ValueConverter;
import dev.atrium.domain.security.Principal;

/**
 * The Entity Manager's rules: who may change the model (admins), what a new entity or field may be called
 * and hold, what a change of a field may do to stored data, and what a deletion keeps. Each change runs
 * through {@link CatalogChanges}, its records through the write pipeline.
 */
public final class EntityManagerService implements ShapeModelUseCase {

    private static final List<String> ENTITY_TYPES = List.of("Base", "Hierarchy");
    private static final List<String> FIELD_TYPES = List.of("varchar", "text", "int", "float", "bool", "date",
            "datetime", "enum", "multiEnum", "email", "url", "jsonObject", "link", "linkMultiple");
    private static final Set<String> ENTITY_KEYS = Set.of("code", "name", "namePlural", "description", "type",
            "hasOwner", "hasAssignedUser", "hasTeam", "hasActive");
    private static final Set<String> FIELD_KEYS = Set.of("entityId", "code", "name", "type", "isRequired", "default",
            "maxLength", "min", "max", "pattern", "isMultilang", "isUnique", "tooltip", "options", "foreignEntityId",
            "description");
    private static final Set<String> CHANGEABLE_ENTITY_KEYS = Set.of("name", "namePlural", "description");
    private static final Set<String> CHANGEABLE_FIELD_KEYS = Set.of("name", "tooltip", "description", "isRequired",
            "options", "maxLength", "min", "max", "default", "pattern");

    private final CatalogChanges changes;
    private final RecordService records;
    private final RecordRepository repository;
    private final RetiredStorage retired;

    public EntityManagerService(CatalogChanges changes, RecordService records, RecordRepository repository,
            RetiredStorage retired) {
        this.changes = changes;
        this.records = records;
        this.repository = repository;
        this.retired = retired;
    }

    @Override
    public Record create(Principal caller, String resource, Map<String, ?> input) {
        requireAdmin(caller);
        checkTypes(isEntity(resource) ? RuntimeDefinitions.ENTITY : RuntimeDefinitions.FIELD, input);
        return isEntity(resource) ? createEntity(caller, input) : createField(caller, input);
    }

    @Override
    public UpdateRecordResult update(Principal caller, String resource, String id, Map<String, ?> input) {
        requireAdmin(caller);
        checkTypes(isEntity(resource) ? RuntimeDefinitions.ENTITY : RuntimeDefinitions.FIELD, input);
        return isEntity(resource) ? updateEntity(caller, id, input) : updateField(caller, id, input);
    }

    @Override
    public void delete(Principal caller, String resource, String id, boolean permanently) {
        requireAdmin(caller);
        boolean entity = isEntity(resource);
        String name = entity ? RuntimeDefinitions.ENTITY : RuntimeDefinitions.FIELD;
        List<String> fieldIds = new ArrayList<>();
        changes.change((current, model) -> {
            if (entity) {
                model.fields().stream().filter(field -> id.equals(field.get("entityId")))
                        .forEach(field -> fieldIds.add((String) field.get("id")));
                requireRuntimeEntity(current, model, id);
                model.fields().stream().filter(field -> !id.equals(field.get("entityId"))
                        && id.equals(field.get("foreignEntityId"))).findFirst().ifPresent(field -> {
                            throw conflict("Entity '" + id + "' is linked from field '" + field.get("code") + "' of "
                                    + field.get("entityId") + "; delete that field first.");
                        });
            } else {
                requireRuntimeField(current, model, id);
            }
            return model.without(id);
        }, (before, after) -> retired.retire(before, after, permanently), () -> EntityManagerGuard.run(() -> {
            if (entity) {
                for (String field : fieldIds) {
                    records.delete(new DeleteRecordCommand(caller, RuntimeDefinitions.FIELD, field, true));
                }
            }
            records.delete(new DeleteRecordCommand(caller, name, id, true));
            return null;
        }));
    }

    private Record createEntity(Principal caller, Map<String, ?> input) {
        checkKeys(input, ENTITY_KEYS);
        String code = text(input, "code", true);
        if (!Naming.ENTITY_NAME.matcher(code).matches()) {
            throw invalid("code", "pattern", "'code' must start with an upper-case letter and hold only letters and digits (at most 60).");
        }
        String type = input.get("type") == null ? "Base" : text(input, "type", true);
        if (!ENTITY_TYPES.contains(type)) {
            throw invalid("type", "options", "'type' must be one of " + ENTITY_TYPES + ".");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", code);
        row.put("code", code);
        row.put("name", input.get("name") == null ? code : text(input, "name", true));
        row.put("namePlural", input.get("namePlural") == null ? null : text(input, "namePlural", true));
        row.put("type", type);
        row.put("description", input.get("description") == null ? null : text(input, "description", false));
        for (String flag : List.of("hasOwner", "hasAssignedUser", "hasTeam", "hasActive")) {
            row.put(flag, bool(input, flag));
        }
        return changes.change((current, model) -> {
            current.find(code).ifPresent(existing -> {
                throw conflict("Entity '" + code + "' exists already (" + existing.source() + ").");
            });
            return model.withEntity(row);
        }, clearingLeftovers(), () -> EntityManagerGuard.run(() ->
                records.create(new CreateRecordCommand(caller, RuntimeDefinitions.ENTITY, row))));
    }

    private Record createField(Principal caller, Map<String, ?> input) {
        checkKeys(input, FIELD_KEYS);
        String entityName = text(input, "entityId", true);
        String code = text(input, "code", true);
        if (!Naming.FIELD_NAME.matcher(code).matches()) {
            throw invalid("code", "pattern", "'code' must start with a lower-case letter and hold only letters and digits (at most 60).");
        }
        String type = text(input, "type", true);
        if (!FIELD_TYPES.contains(type)) {
            throw invalid("type", "options", "'type' must be one of " + FIELD_TYPES + ".");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("entityId", entityName);
        row.put("code", code);
        row.put("name", input.get("name") == null ? code : text(input, "name", true));
        row.put("type", type);
        row.put("isRequired", bool(input, "isRequired"));
        row.put("isMultilang", bool(input, "isMultilang"));
        row.put("isUnique", bool(input, "isUnique"));
        row.put("tooltip", input.get("tooltip") == null ? null : text(input, "tooltip", false));
        row.put("description", input.get("description") == null ? null : text(input, "description", false));
        properties(input, row, type, true);
        if (type.equals("link") || type.equals("linkMultiple")) {
            row.put("foreignEntityId", text(input, "foreignEntityId", true));
        } else if (input.get("foreignEntityId") != null) {
            throw invalid("'foreignEntityId' is for link and linkMultiple fields only.");
        }
        if (Boolean.TRUE.equals(row.get("isMultilang")) && !List.of("varchar", "text").contains(type)) {
            throw invalid("'isMultilang' is for varchar and text fields only.");
        }
        if (Boolean.TRUE.equals(row.get("isUnique")) && List.of("linkMultiple", "multiEnum", "jsonObject", "text")
                .contains(type)) {
            throw invalid("A " + type + " field cannot be unique.");
        }
        return changes.change((current, model) -> {
            EntityDefinition entity = current.find(entityName).filter(found -> found.name().equals(entityName))
                    .orElseThrow(() -> invalid("entityId", "notFound", "'entityId': entity '" + entityName + "' does not exist."));
            if (AdminOnly.MODEL.contains(entity.name())) {
                throw forbidden("The fields of " + entity.name() + " are the platform's own.");
            }
            checkFree(entity, code, type);
            if (row.get("foreignEntityId") != null) {
                String foreign = (String) row.get("foreignEntityId");
                if (current.find(foreign).filter(found -> found.name().equals(foreign)).isEmpty()) {
                    throw invalid("foreignEntityId", "notFound", "'foreignEntityId': entity '" + foreign + "' does not exist.");
                }
                if (type.equals("linkMultiple")) {
                    String relation = RuntimeDefinitions.relationEntity(entityName, code);
                    current.find(relation).ifPresent(existing -> {
                        throw conflict("The relation entity '" + relation + "' this field needs exists already ("
                                + existing.source() + ").");
                    });
                }
            }
            row.put("id", entityName + "_" + code);
            return model.withField(row);
        }, clearingLeftovers(), () -> EntityManagerGuard.run(() ->
                records.create(new CreateRecordCommand(caller, RuntimeDefinitions.FIELD, row))));
    }

    private UpdateRecordResult updateEntity(Principal caller, String id, Map<String, ?> input) {
        input.keySet().forEach(key -> {
            if (key.equals("type") || key.equals("code")) {
                if (!String.valueOf(input.get(key)).equals(id) && !key.equals("type")) {
                    throw invalid("'code' cannot change; create a new entity instead.");
                }
            } else if (!CHANGEABLE_ENTITY_KEYS.contains(key) && !key.startsWith("_")) {
                throw invalid("'" + key + "' of an entity cannot change.");
            }
        });
        Map<String, Object> changed = new LinkedHashMap<>();
        for (String key : CHANGEABLE_ENTITY_KEYS) {
            if (input.containsKey(key)) {
                changed.put(key, input.get(key) == null ? null : text(input, key, true));
            }
        }
        return changes.change((current, model) -> {
            Map<String, Object> row = requireRuntimeEntity(current, model, id);
            if (input.containsKey("type") && !String.valueOf(input.get("type")).equals(row.get("type"))) {
                throw invalid("'type' of an entity cannot change; create a new entity instead.");
            }
            Map<String, Object> next = new LinkedHashMap<>(row);
            next.putAll(changed);
            return model.withEntity(next);
        }, clearingLeftovers(), () -> EntityManagerGuard.run(() ->
                records.update(new UpdateRecordCommand(caller, RuntimeDefinitions.ENTITY, id, changed))));
    }

    private UpdateRecordResult updateField(Principal caller, String id, Map<String, ?> input) {
        Map<String, Object> changed = new LinkedHashMap<>();
        return changes.change((current, model) -> {
            Map<String, Object> row = requireRuntimeField(current, model, id);
            String type = (String) row.get("type");
            for (String key : input.keySet()) {
                if (key.equals("type") && !type.equals(input.get("type"))) {
                    throw invalid("'type' of a field cannot change; create a new field instead.");
                }
                boolean same = key.equals("type") || (key.equals("code") || key.equals("entityId"))
                        && String.valueOf(input.get(key)).equals(String.valueOf(row.get(key)));
                if (!same && !CHANGEABLE_FIELD_KEYS.contains(key) && !key.startsWith("_")) {
                    throw invalid("'" + key + "' of a field cannot change.");
                }
            }
            Map<String, Object> next = new LinkedHashMap<>(row);
            if (input.containsKey("name")) {
                next.put("name", input.get("name") == null ? row.get("code") : text(input, "name", true));
            }
            for (String label : List.of("tooltip", "description")) {
                if (input.containsKey(label)) {
                    next.put(label, input.get(label) == null ? null : text(input, label, false));
                }
            }
            if (input.containsKey("isRequired")) {
                next.put("isRequired", bool(input, "isRequired"));
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties(input, properties, type, false);
            properties.keySet().removeIf(key -> !input.containsKey(key) && !key.equals("columnLength"));
            if (properties.containsKey("maxLength") && row.get("columnLength") instanceof Number width) {
                int maxLength = ((Number) properties.get("maxLength")).intValue();
                if (width.intValue() <= ModelInput.SHORT_COLUMN && maxLength > ModelInput.SHORT_COLUMN) {
                    throw invalid("'maxLength' of '" + row.get("code") + "' can grow up to " + ModelInput.SHORT_COLUMN
                            + "; create a new field for longer values.");
                }
            }
            properties.remove("columnLength");
            next.putAll(properties);
            checkStoredData(current, row, next);
            for (String key : next.keySet()) {
                if (!Objects.equals(next.get(key), row.get(key))) {
                    changed.put(key, next.get(key));
                }
            }
            return model.withField(next);
        }, clearingLeftovers(), () -> EntityManagerGuard.run(() ->
                records.update(new UpdateRecordCommand(caller, RuntimeDefinitions.FIELD, id, changed))));
    }

    /** A change the stored records would break is refused, with how many would. */
    private void checkStoredData(Catalog current, Map<String, Object> before, Map<String, Object> after) {
        EntityDefinition entity = current.require((String) before.get("entityId"));
        FieldDefinition field = entity.field((String) before.get("code")).orElseThrow();
        if (Boolean.TRUE.equals(after.get("isRequired")) && !Boolean.TRUE.equals(before.get("isRequired"))
                && field.isStored()) {
            long missing = repository.count(entity, new Condition.IsNull(field.attribute()));
            if (missing > 0) {
                throw conflict("'" + field.name() + "' cannot become required: " + missing + " " + entity.name()
                        + " records have no value.");
            }
        }
        List<String> removed = new ArrayList<>(RuntimeDefinitions.options(before.get("options")));
        removed.removeAll(RuntimeDefinitions.options(after.get("options")));
        if (!removed.isEmpty()) {
            Condition using = field.type() == FieldType.ENUM ? new Condition.In(field.attribute(), new ArrayList<>(removed))
                    : new Condition.Any(removed.stream().map(option -> (Condition) new Condition.ArrayContains(
                            field.attribute(), option)).toList());
            long inUse = repository.count(entity, using);
            if (inUse > 0) {
                throw conflict("Options " + removed + " of '" + field.name() + "' are in use by " + inUse + " "
                        + entity.name() + " records.");
            }
        }
    }

    private static Map<String, Object> requireRuntimeEntity(Catalog current, RuntimeModel model, String id) {
        return model.entities().stream().filter(row -> id.equals(row.get("id"))).findFirst().orElseThrow(() ->
                current.find(id).filter(found -> found.name().equals(id)).map(found -> (RuntimeException) forbidden(
                        "Entity '" + id + "' is defined by " + module(found) + " and cannot be changed here."))
                        .orElseGet(() -> DomainException.notFound("Entity '" + id + "' is not found.")));
    }

    private static Map<String, Object> requireRuntimeField(Catalog current, RuntimeModel model, String id) {
        return model.fields().stream().filter(row -> id.equals(row.get("id"))).findFirst().orElseThrow(() -> {
            int split = id.indexOf('_');
            if (split > 0) {
                var entity = current.find(id.substring(0, split)).filter(found -> found.name().equals(id.substring(0, split)));
                if (entity.isPresent() && entity.get().fields().containsKey(id.substring(split + 1))) {
                    return forbidden("Field '" + id.substring(split + 1) + "' of " + entity.get().name()
                            + " is defined by " + module(entity.get()) + " and cannot be changed here.");
                }
            }
            return DomainException.notFound("EntityField '" + id + "' is not found.");
        });
    }

    /** {@code module 'pim'}, from a source such as {@code module 'pim', pim.jar!/entities/Product.json}. */
    private static String module(EntityDefinition entity) {
        int comma = entity.source().indexOf(',');
        return comma > 0 ? entity.source().substring(0, comma) : entity.source();
    }

    private static boolean isEntity(String resource) {
        return resource.equalsIgnoreCase(RuntimeDefinitions.ENTITY);
    }

    /** A change that removes nothing: what it adds must not find an earlier deletion's storage in its way. */
    private BiFunction<Catalog, Catalog, Optional<Runnable>> clearingLeftovers() {
        return (before, after) -> {
            retired.clearLeftovers(before, after);
            return Optional.empty();
        };
    }

    private static void requireAdmin(Principal caller) {
        if (!caller.admin()) {
            throw forbidden("Only admins may change entities and fields.");
        }
    }

    /**
     * Values of the wrong JSON type are refused as for any entity, by the definition of {@code Entity} or
     * {@code EntityField} itself; {@code default} takes any value of the field it is for.
     */
    private void checkTypes(String resource, Map<String, ?> input) {
        EntityDefinition definition = changes.registry().currentCatalog().require(resource);
        List<FieldError> errors = new ArrayList<>();
        input.forEach((key, value) -> definition.field(key).filter(field -> !field.system() && !key.equals("default"))
                .ifPresent(field -> ValueConverter.convert(field, key, value, errors::add)));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
