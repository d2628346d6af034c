package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.record.ValidationException;

/** How the Entity Manager reads its input: the properties of a field, a free code, texts and flags, refusals. */
final class ModelInput {

    /** Strings up to this length live in a VARCHAR of this width, so their maxLength may change within it. */
    static final int SHORT_COLUMN = 255;
    static final int LONG_COLUMN = 100_000;
    static final ObjectMapper JSON = new ObjectMapper();

    private ModelInput() {
    }

    /** Type-dependent properties: limits, pattern, options, default; each checked here, the rest by the catalog. */
    static void properties(Map<String, ?> input, Map<String, Object> row, String type, boolean creating) {
        boolean string = List.of("varchar", "email", "url", "enum").contains(type);
        boolean number = type.equals("int") || type.equals("float");
        Object maxLength = input.get("maxLength");
        if (maxLength != null) {
            if (!string && !type.equals("text")) {
                throw invalid("'maxLength' is for text fields only.");
            }
            if (!(maxLength instanceof Integer || maxLength instanceof Long) || ((Number) maxLength).longValue() < 1
                    || ((Number) maxLength).longValue() > LONG_COLUMN) {
                throw invalid("'maxLength' must be a whole number from 1 to " + LONG_COLUMN + ".");
            }
            row.put("maxLength", ((Number) maxLength).intValue());
        }
        if (string) {
            int length = maxLength == null ? FieldDefinition.DEFAULT_MAX_LENGTH : ((Number) maxLength).intValue();
            row.put("columnLength", length <= SHORT_COLUMN ? SHORT_COLUMN : LONG_COLUMN);
        }
        for (String limit : List.of("min", "max")) {
            Object value = input.get(limit);
            if (value != null) {
                if (!number) {
                    throw invalid("'" + limit + "' is for int and float fields only.");
                }
                if (!(value instanceof Number)) {
                    throw invalid("'" + limit + "' must be a number.");
                }
                row.put(limit, ((Number) value).doubleValue());
            }
        }
        if (input.get("pattern") != null) {
            String pattern = text(input, "pattern", true);
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw invalid("'pattern' is not a regular expression: " + e.getDescription());
            }
            if (!List.of("varchar", "email", "url", "text").contains(type)) {
                throw invalid("'pattern' is for text fields only.");
            }
            row.put("pattern", pattern);
        }
        boolean hasOptions = type.equals("enum") || type.equals("multiEnum");
        if (input.containsKey("options") || hasOptions && creating) {
            Object options = input.get("options");
            if (!hasOptions) {
                throw invalid("'options' is for enum and multiEnum fields only.");
            }
            if (!(options instanceof List<?> list) || list.isEmpty()
                    || !list.stream().allMatch(option -> option instanceof String text && !text.isEmpty())) {
                throw invalid("'options' must be a list of texts, at least one.");
            }
            if (list.stream().distinct().count() != list.size()) {
                throw invalid("'options' repeats an option.");
            }
            row.put("options", new ArrayList<>(list));
        }
        if (input.containsKey("default")) {
            try {
                row.put("default", input.get("default") == null ? null : JSON.writeValueAsString(input.get("default")));
            } catch (JsonProcessingException e) {
                throw invalid("'default' cannot be written: " + e.getOriginalMessage());
            }
        }
    }

    /** A field code free on the entity: no field, attribute, link, alias or system field has it. */
    static void checkFree(EntityDefinition entity, String code, String type) {
        List<String> names = new ArrayList<>(List.of(code));
        if (type.equals("link")) {
            names.add(code + "Id");
            names.add(code + "Name");
        }
        if (type.equals("linkMultiple")) {
            names.add(code + "Ids");
            names.add(code + "Names");
        }
        for (String name : names) {
            boolean taken = SystemFields.isReserved(name) || entity.fields().containsKey(name)
                    || entity.links().containsKey(name) || entity.aliases().containsKey(name)
                    || entity.fieldByAttribute(name).isPresent()
                    || entity.fields().values().stream().anyMatch(field -> (field.name() + "Name").equals(name)
                            || (field.name() + "Ids").equals(name) || (field.name() + "Names").equals(name));
            if (taken) {
                throw conflict("'" + name + "' is already a field, link attribute or system field of " + entity.name()
                        + " (" + entity.source() + ").");
            }
        }
    }

    static void checkKeys(Map<String, ?> input, Set<String> known) {
        for (String key : input.keySet()) {
            if (!known.contains(key) && !key.startsWith("_") && !key.equals("id")) {
                throw invalid(key, "unknownField", "Unknown key '" + key + "' (known: " + known.stream().sorted().toList() + ").");
            }
        }
    }

    static String text(Map<String, ?> input, String key, boolean required) {
        Object value = input.get(key);
        if (value == null && required) {
            throw invalid(key, "required", "'" + key + "' is required.");
        }
        if (!(value instanceof String text) || required && text.isBlank()) {
            throw invalid("'" + key + "' must be a text.");
        }
        return text;
    }

    static boolean bool(Map<String, ?> input, String key) {
        Object value = input.get(key);
        if (value != null && !(value instanceof Boolean)) {
            throw invalid("'" + key + "' must be true or false.");
        }
        return Boolean.TRUE.equals(value);
    }

    /** A refusal naming the key of the input it is about ({@code 'maxLength' must ...}) as the field in error. */
    static DomainException invalid(String message) {
        int end = message.indexOf('\'', 1);
        return message.startsWith("'") && end > 1 ? invalid(message.substring(1, end), "invalid", message)
                : DomainException.invalid(message);
    }

    static DomainException invalid(String field, String code, String message) {
        return ValidationException.of(field, code, message);
    }

    static DomainException conflict(String message) {
        return new DomainException(DomainException.Kind.CONFLICT, message);
    }

    static DomainException forbidden(String message) {
        return new DomainException(DomainException.Kind.FORBIDDEN, message);
    }
}
