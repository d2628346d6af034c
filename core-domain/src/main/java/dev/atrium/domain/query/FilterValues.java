package dev.atrium.domain.query;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.record.FieldError;
import dev.atrium.domain.record.ValidationException;
import dev.atrium.domain.record.ValueConverter;

/**
 * Types the values of filter conditions for their field. Query strings carry every value as text,
 * so numbers, booleans and dates are also accepted as their text ({@code "12"}, {@code "true"}).
 */
final class FilterValues {

    private FilterValues() {
    }

    static Object typed(FieldDefinition field, Object raw, String where) {
        if (raw == null) {
            throw invalid(where, "needs a value");
        }
        if (raw instanceof String text) {
            Object parsed = parse(field, text);
            if (parsed != null) {
                return parsed;
            }
        }
        List<FieldError> errors = new ArrayList<>();
        FieldDefinition lenient = FieldDefinition.builder(field.name(), scalarType(field.type())).maxLength(null).build();
        Object value = ValueConverter.convert(lenient, field.attribute(), raw, errors::add);
        if (!errors.isEmpty() || value == null) {
            throw invalid(where, "has a value that is not a valid " + field.type().jsonName() + ": " + raw);
        }
        return value;
    }

    static List<Object> typedList(FieldDefinition field, Object raw, String where) {
        if (!(raw instanceof List<?> list)) {
            return List.of(typed(field, raw, where));
        }
        List<Object> values = new ArrayList<>(list.size());
        list.forEach(item -> values.add(typed(field, item, where)));
        return values;
    }

    static LocalDate date(Object raw, String where) {
        if (raw instanceof String text) {
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text, ValueConverter.DATE);
            } catch (RuntimeException e) {
                throw invalid(where, "needs a date (YYYY-MM-DD), not '" + text + "'");
            }
        }
        throw invalid(where, "needs a date (YYYY-MM-DD)");
    }

    /** A date-time value if the text is one ({@code YYYY-MM-DD HH:MM:SS} or ISO-8601), else null. */
    static LocalDateTime dateTimeOrNull(Object raw) {
        List<FieldError> errors = new ArrayList<>();
        Object value = ValueConverter.convert(FieldDefinition.builder("value", FieldType.DATETIME).build(), "value",
                raw, errors::add);
        return errors.isEmpty() ? (LocalDateTime) value : null;
    }

    static int count(Object raw, String where) {
        try {
            int number = raw instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(raw).trim());
            if (number >= 0 && number <= 36_600) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid(where, "needs a number of days between 0 and 36600");
    }

    static ValidationException invalid(String where, String problem) {
        return ValidationException.of("where", "invalidCondition", where + " " + problem + ".");
    }

    /** Text forms of non-text values, as query strings send them; null when the text is not of that form. */
    private static Object parse(FieldDefinition field, String text) {
        try {
            return switch (field.type().storage()) {
                case LONG -> Long.parseLong(text.trim());
                case DOUBLE -> Double.parseDouble(text.trim());
                case BOOLEAN -> switch (text.trim()) {
                    case "true", "1" -> Boolean.TRUE;
                    case "false", "0" -> Boolean.FALSE;
                    default -> null;
                };
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Filters compare against values of the field's scalar type, without its write-time limits. */
    private static FieldType scalarType(FieldType type) {
        return switch (type) {
            case ENUM, EMAIL, URL, LINK, TEXT, MULTI_ENUM, ARRAY -> FieldType.VARCHAR;
            default -> type;
        };
    }
}
