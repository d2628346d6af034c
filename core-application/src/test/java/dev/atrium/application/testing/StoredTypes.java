package dev.atrium.application.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import dev.atrium.domain.metadata.FieldDefinition;

/** The Java type each storage kind holds, as {@link dev.atrium.domain.record.Record} documents it. */
final class StoredTypes {

    private StoredTypes() {
    }

    static void check(FieldDefinition field, String attribute, Object value) {
        if (value == null) {
            return;
        }
        boolean fits = switch (field.type().storage()) {
            case STRING, TEXT -> value instanceof String;
            case BOOLEAN -> value instanceof Boolean;
            case LONG -> value instanceof Long;
            case DOUBLE -> value instanceof Double;
            case DATE -> value instanceof LocalDate;
            case DATETIME -> value instanceof LocalDateTime;
            case JSON -> value instanceof List || value instanceof Map;
            case NONE -> false;
        };
        if (!fits) {
            throw new IllegalArgumentException(attribute + " (" + field.type().jsonName() + ") cannot hold "
                    + value.getClass().getName() + " " + value);
        }
    }
}
