package dev.atrium.app.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Checks a JSON answer against a component schema of a parsed OpenAPI 3.0 document, for the keywords
 * Atrium's document uses: $ref, oneOf, type, nullable, enum, required, properties, additionalProperties,
 * items, maxLength, minLength, pattern, format date, minimum, maximum.
 */
final class SchemaCheck {

    /** swagger-core's model hands out maps of raw schemas. */
    @SuppressWarnings("rawtypes")
    private final Map<String, Schema> components;

    SchemaCheck(OpenAPI document) {
        this.components = document.getComponents().getSchemas();
    }

    /** @return every mismatch, each naming where in the value it is; empty when the value conforms */
    List<String> problems(JsonNode value, String componentName) {
        return problems(value, components.get(componentName));
    }

    List<String> problems(JsonNode value, Schema<?> schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, "$", problems);
        return problems;
    }

    private void check(JsonNode value, Schema<?> declared, String path, List<String> problems) {
        Schema<?> schema = declared.get$ref() == null ? declared
                : components.get(declared.get$ref().substring(declared.get$ref().lastIndexOf('/') + 1));
        if (schema.getOneOf() != null) {
            long matching = schema.getOneOf().stream().filter(one -> problems(value, one).isEmpty()).count();
            if (matching != 1) {
                problems.add(path + ": " + value + " matches " + matching + " of the oneOf schemas, not exactly one");
            }
            return;
        }
        if (value.isNull()) {
            if (!Boolean.TRUE.equals(schema.getNullable())) {
                problems.add(path + ": null is not allowed");
            }
            return;
        }
        if (schema.getType() != null && !hasType(value, schema.getType())) {
            problems.add(path + ": " + value + " is not of type " + schema.getType());
            return;
        }
        if (schema.getEnum() != null && !schema.getEnum().contains(plain(value))) {
            problems.add(path + ": " + value + " is not one of " + schema.getEnum());
        }
        if (value.isObject()) {
            checkObject(value, schema, path, problems);
        } else if (value.isArray() && schema.getItems() != null) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.getItems(), path + "[" + i + "]", problems);
            }
        } else if (value.isTextual()) {
            checkText(value.asText(), schema, path, problems);
        } else if (value.isNumber()) {
            if (schema.getMinimum() != null && value.decimalValue().compareTo(schema.getMinimum()) < 0
                    || schema.getMaximum() != null && value.decimalValue().compareTo(schema.getMaximum()) > 0) {
                problems.add(path + ": " + value + " is outside " + schema.getMinimum() + ".." + schema.getMaximum());
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private void checkObject(JsonNode value, Schema<?> schema, String path, List<String> problems) {
        Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
        if (schema.getRequired() != null) {
            schema.getRequired().stream().filter(name -> !value.has(name))
                    .forEach(name -> problems.add(path + ": '" + name + "' is missing"));
        }
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            Schema<?> property = properties.get(field.getKey());
            if (property != null) {
                check(field.getValue(), property, path + "." + field.getKey(), problems);
            } else if (Boolean.FALSE.equals(schema.getAdditionalProperties())) {
                problems.add(path + ": '" + field.getKey() + "' is not documented");
            } else if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                check(field.getValue(), values, path + "." + field.getKey(), problems);
            }
        }
    }

    private static void checkText(String text, Schema<?> schema, String path, List<String> problems) {
        int length = text.codePointCount(0, text.length());
        if (schema.getMaxLength() != null && length > schema.getMaxLength()
                || schema.getMinLength() != null && length < schema.getMinLength()) {
            problems.add(path + ": '" + text + "' has a length outside " + schema.getMinLength() + ".." + schema.getMaxLength());
        }
        if (schema.getPattern() != null && !Pattern.compile(schema.getPattern()).matcher(text).find()) {
            problems.add(path + ": '" + text + "' does not match " + schema.getPattern());
        }
        if ("date".equals(schema.getFormat())) {
            try {
                LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(path + ": '" + text + "' is not a date");
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> false;
        };
    }

    private static Object plain(JsonNode value) {
        return value.isTextual() ? value.asText() : value.isBoolean() ? (Object) value.asBoolean() : value.numberValue();
    }
}
