package dev.atrium.adapter.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;

import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.record.ValueConverter;

/** The schema of one stored attribute, typed from its field definition and its parameters. */
final class FieldSchemas {

    /** Atrium writes date-times as AtroCore does, which is not RFC 3339, so a pattern says it rather than a format. */
    static final String DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$";
    static final String DATE_TIME_INPUT_PATTERN = "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}:\\d{2}"
            + "|T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?))$";

    private static final Set<String> NEVER_NULL = Set.of(SystemFields.ID, SystemFields.DELETED,
            SystemFields.CREATED_AT, SystemFields.MODIFIED_AT);

    private final SchemaFactory schemas;

    FieldSchemas(SchemaFactory schemas) {
        this.schemas = schemas;
    }

    Schema<Object> schema(FieldDefinition field, Usage usage) {
        boolean nullable = !field.required() && !NEVER_NULL.contains(field.name());
        Schema<Object> schema = typed(field, usage, nullable);
        if (usage == Usage.READ && (field.readOnly() || field.system())) {
            schema.setReadOnly(true);
        }
        if (usage != Usage.READ && field.required()) {
            requireContent(schema);
        }
        if (usage == Usage.CREATE && field.defaultValue() != null) {
            schema.setDefault(ValueConverter.toJson(field.defaultValue()));
        }
        return schema;
    }

    private Schema<Object> typed(FieldDefinition field, Usage usage, boolean nullable) {
        return switch (field.type()) {
            case VARCHAR, TEXT, LINK -> text(field, nullable, null);
            case EMAIL -> text(field, nullable, "email");
            case URL -> text(field, nullable, "uri");
            case PASSWORD -> writeOnly(text(field, nullable, "password"));
            case ENUM -> options(field, !field.required(), nullable);
            case BOOL -> schemas.typed("boolean", nullable);
            case INT -> number(field, schemas.typed("integer", nullable), "int64");
            case FLOAT -> number(field, schemas.typed("number", nullable), "double");
            case DATE -> formatted(schemas.typed("string", nullable), "date");
            case DATETIME -> dateTime(usage, nullable);
            case MULTI_ENUM -> array(nullable, options(field, false, false));
            case ARRAY -> array(nullable, schemas.anyValue());
            case JSON_OBJECT -> schemas.typed("object", nullable);
            case LINK_MULTIPLE -> throw new IllegalArgumentException(
                    "field '" + field.name() + "' is not stored and has no attribute of its own");
        };
    }

    /** A secret: written, never answered (reads leave it out). */
    private static Schema<Object> writeOnly(Schema<Object> schema) {
        schema.setWriteOnly(true);
        return schema;
    }

    private Schema<Object> text(FieldDefinition field, boolean nullable, String format) {
        Schema<Object> schema = formatted(schemas.typed("string", nullable), format);
        schema.setMaxLength(field.maxLength());
        if (field.pattern() != null) {
            schema.setPattern(Patterns.forSchema(field.pattern(), !field.required()));
        }
        return schema;
    }

    /** An enum that is not required may also hold the empty string: Atrium checks options only on non-empty values. */
    private Schema<Object> options(FieldDefinition field, boolean withEmpty, boolean nullable) {
        Schema<Object> schema = schemas.typed("string", nullable);
        List<Object> values = new ArrayList<>(field.options());
        if (withEmpty) {
            values.add("");
        }
        if (nullable) {
            values.add(null);
        }
        schema.setEnum(values);
        return schema;
    }

    private Schema<Object> number(FieldDefinition field, Schema<Object> schema, String format) {
        formatted(schema, format);
        schema.setMinimum(field.min() == null ? null : plain(field.min()));
        schema.setMaximum(field.max() == null ? null : plain(field.max()));
        return schema;
    }

    private Schema<Object> dateTime(Usage usage, boolean nullable) {
        Schema<Object> schema = schemas.typed("string", nullable);
        if (usage == Usage.READ) {
            schema.setPattern(DATE_TIME_PATTERN);
            schema.setDescription("UTC date-time as YYYY-MM-DD HH:MM:SS (AtroCore's notation, not RFC 3339's).");
        } else {
            schema.setPattern(DATE_TIME_INPUT_PATTERN);
            schema.setDescription("UTC date-time as YYYY-MM-DD HH:MM:SS; ISO-8601 with an offset is accepted too.");
        }
        return schema;
    }

    private Schema<Object> array(boolean nullable, Schema<Object> items) {
        Schema<Object> schema = schemas.typed("array", nullable);
        schema.setItems(items);
        return schema;
    }

    private static Schema<Object> formatted(Schema<Object> schema, String format) {
        schema.setFormat(format);
        return schema;
    }

    /** A required value may not be emptied: Atrium refuses blank text and empty lists as missing. */
    private static void requireContent(Schema<Object> schema) {
        if (schema.getItems() != null) {
            schema.setMinItems(1);
        } else if (schema.getEnum() == null && "string".equals(typeOf(schema))) {
            schema.setMinLength(1);
        }
    }

    private static String typeOf(Schema<?> schema) {
        return schema.getType() != null ? schema.getType() : schema.getTypes().iterator().next();
    }

    private static BigDecimal plain(double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 0x1p53;
        return whole ? BigDecimal.valueOf((long) value) : BigDecimal.valueOf(value);
    }
}
