package dev.atrium.domain.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.SystemFields;

/**
 * Reads a create or update body into typed attribute values under the entity's rules. Attributes
 * the platform computes (system fields, {@code brandName}) are ignored, as AtroCore does, so that a
 * record read from the API can be sent back; an attribute the entity does not know is refused.
 * Every problem is collected before failing, so one answer names them all.
 */
public final class RecordInput {

    private RecordInput() {
    }

    /**
     * @return the typed values to insert: the given ones plus defaults, with {@code id} if the client chose one
     */
    public static Map<String, Object> forCreate(EntityDefinition entity, Map<String, ?> body) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> values = convert(entity, body, errors);
        Object id = body.get(SystemFields.ID);
        if (id != null) {
            if (id instanceof String text && RecordIds.isAcceptable(text)) {
                values.put(SystemFields.ID, text);
            } else {
                errors.add(new FieldError(SystemFields.ID, "pattern", "'id' must be 1 to " + SystemFields.ID_MAX_LENGTH
                        + " letters, digits or '_.:-', starting with a letter or digit."));
            }
        }
        completeForCreate(entity, values, errors);
        throwIfAny(errors);
        return values;
    }

    /**
     * Completes typed values (read as for an update) into those of a new record: fields left out get
     * their defaults, and required fields must hold a value.
     */
    public static Map<String, Object> withDefaults(EntityDefinition entity, Map<String, Object> typed) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>(typed);
        completeForCreate(entity, values, errors);
        throwIfAny(errors);
        return values;
    }

    private static void completeForCreate(EntityDefinition entity, Map<String, Object> values, List<FieldError> errors) {
        for (FieldDefinition field : entity.fields().values()) {
            if (!field.isStored() || field.system() || field.readOnly()) {
                continue;
            }
            String attribute = field.attribute();
            if (!values.containsKey(attribute) && field.defaultValue() != null) {
                values.put(attribute, field.defaultValue());
            }
            if (field.required() && ValueConverter.isEmpty(values.get(attribute)) && !isReported(errors, attribute)) {
                errors.add(required(attribute));
            }
        }
    }

    /** @return the typed values the body sets; required fields may not be emptied */
    public static Map<String, Object> forUpdate(EntityDefinition entity, Map<String, ?> body) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> values = convert(entity, body, errors);
        values.forEach((attribute, value) -> {
            FieldDefinition field = entity.fieldByAttribute(attribute).orElseThrow();
            if (field.required() && ValueConverter.isEmpty(value) && !isReported(errors, attribute)) {
                errors.add(required(attribute));
            }
        });
        throwIfAny(errors);
        return values;
    }

    private static Map<String, Object> convert(EntityDefinition entity, Map<String, ?> body, List<FieldError> errors) {
        Map<String, Object> values = new LinkedHashMap<>();
        body.forEach((attribute, raw) -> {
            Optional<FieldDefinition> field = entity.fieldByAttribute(attribute);
            if (field.isEmpty()) {
                if (!isComputed(entity, attribute)) {
                    errors.add(new FieldError(attribute, "unknownField",
                            "'" + attribute + "' is not a field of " + entity.name() + "."));
                }
                return;
            }
            FieldDefinition definition = field.get();
            if (definition.system() || definition.readOnly()) {
                return;
            }
            Object value = ValueConverter.convert(definition, attribute, raw, errors::add);
            values.put(attribute, value);
        });
        return values;
    }

    /** Attributes that appear in output but are never written: linked names, to-many ids and names. */
    private static boolean isComputed(EntityDefinition entity, String attribute) {
        for (FieldDefinition field : entity.fields().values()) {
            boolean computed = switch (field.type()) {
                case LINK -> attribute.equals(field.name() + "Name");
                case LINK_MULTIPLE -> attribute.equals(field.name() + "Ids") || attribute.equals(field.name() + "Names");
                default -> false;
            };
            if (computed) {
                return true;
            }
        }
        return attribute.equals("createdByName") || attribute.equals("modifiedByName");
    }

    /** A value the converter refused is reported already; calling it missing as well would mislead. */
    private static boolean isReported(List<FieldError> errors, String attribute) {
        return errors.stream().anyMatch(error -> attribute.equals(error.field()));
    }

    private static FieldError required(String attribute) {
        return new FieldError(attribute, "required", "'" + attribute + "' is required.");
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
