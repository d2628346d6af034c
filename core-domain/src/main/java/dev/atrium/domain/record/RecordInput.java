package dev.atrium.domain.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.SystemFields;

/**
 * Reads a create or update body into typed attribute values under the entity's rules. Attributes
 * the platform computes (system fields, {@code brandName}) are ignored, as AtroCore does, so that a
 * record read from the API can be sent back; an old name ({@code sku}) stands for its attribute; a key
 * the entity does not know is refused or ignored, as the caller asks.
 * Every problem is collected before failing, so one answer names them all.
 */
public final class RecordInput {

    /**
     * Keys AtroCore's clients send with saves that are not fields: the values last seen ({@code _prev}), and
     * flags. The write honours them; none is stored.
     */
    public static final Set<String> CONTROL_KEYS = Set.of(Prev.KEY, Prev.SKIP_KEY, "forceDuplicate", "_silentMode");

    /** What to do with a key that names nothing of the entity. */
    public enum UnknownKeys { REFUSE, IGNORE }

    private RecordInput() {
    }

    /**
     * @return the typed values to insert: the given ones plus defaults, with {@code id} if the client chose one
     */
    public static Map<String, Object> forCreate(EntityDefinition entity, Map<String, ?> body) {
        return forCreate(entity, body, UnknownKeys.REFUSE);
    }

    /** {@link #forCreate(EntityDefinition, Map)}, with unknown keys refused or ignored. */
    public static Map<String, Object> forCreate(EntityDefinition entity, Map<String, ?> body, UnknownKeys unknown) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> values = convert(entity, body, unknown, errors);
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
        for (FieldDefinition field : entity.storedFields()) {
            if (field.system() || field.readOnly()) {
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
        return forUpdate(entity, body, UnknownKeys.REFUSE);
    }

    /** {@link #forUpdate(EntityDefinition, Map)}, with unknown keys refused or ignored. */
    public static Map<String, Object> forUpdate(EntityDefinition entity, Map<String, ?> body, UnknownKeys unknown) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> values = convert(entity, body, unknown, errors);
        values.forEach((attribute, value) -> {
            FieldDefinition field = entity.fieldByAttribute(attribute).orElseThrow();
            if (field.required() && ValueConverter.isEmpty(value) && !isReported(errors, attribute)) {
                errors.add(required(attribute));
            }
        });
        throwIfAny(errors);
        return values;
    }

    private static Map<String, Object> convert(EntityDefinition entity, Map<String, ?> body, UnknownKeys unknown,
            List<FieldError> errors) {
        Map<String, Object> values = new LinkedHashMap<>();
        body.forEach((key, raw) -> {
            if (CONTROL_KEYS.contains(key)) {
                return;
            }
            String attribute = entity.canonical(key);
            if (!attribute.equals(key) && body.containsKey(attribute)) {
                return; // the current name wins over an old one
            }
            Optional<FieldDefinition> field = entity.fieldByAttribute(attribute);
            if (field.isEmpty()) {
                if (unknown == UnknownKeys.REFUSE && !isComputed(entity, key)) {
                    errors.add(new FieldError(key, "unknownField", "'" + key + "' is not a field of " + entity.name() + "."));
                }
                return;
            }
            FieldDefinition definition = field.get();
            if (definition.system() || definition.readOnly()) {
                return;
            }
            values.put(attribute, ValueConverter.convert(definition, key, raw, errors::add));
        });
        return values;
    }

    /**
     * The keys of a body that name nothing of the entity: no field, old name, attribute shown on output
     * or control key. AtroCore ignores them; Atrium ignores them too and says which.
     */
    public static List<String> unknownKeys(EntityDefinition entity, Map<String, ?> body) {
        List<String> unknown = new ArrayList<>();
        body.keySet().forEach(key -> {
            if (!CONTROL_KEYS.contains(key) && entity.fieldByAttribute(entity.canonical(key)).isEmpty()
                    && !isComputed(entity, key) && !entity.fields().containsKey(key)) {
                unknown.add(key);
            }
        });
        return unknown;
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
