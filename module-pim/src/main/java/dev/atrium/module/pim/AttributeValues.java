package dev.atrium.module.pim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.atrium.application.spi.RecordHook;
import dev.atrium.application.spi.RecordWrite;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.record.FieldError;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValidationException;
import dev.atrium.domain.record.ValueConverter;

/**
 * A product attribute value holds its value in the column of its attribute's type ({@code floatValue}
 * for a float attribute) and obeys the attribute's limits: options, minimum and maximum, length.
 */
final class AttributeValues implements RecordHook {

    static final String ENTITY = "ProductAttributeValue";
    static final String MAIN_LANGUAGE = "main";

    /** The value column of each attribute type. */
    static final Map<String, String> COLUMNS = Map.of(
            "varchar", "varcharValue", "enum", "varcharValue", "url", "varcharValue", "text", "textValue",
            "bool", "boolValue", "int", "intValue", "float", "floatValue", "date", "dateValue",
            "datetime", "datetimeValue", "multiEnum", "arrayValue");
    static final Set<String> VALUE_COLUMNS = Set.copyOf(COLUMNS.values());

    @Override
    public void beforeWrite(RecordWrite write) {
        Object attributeId = write.after("attributeId");
        Optional<Record> found = attributeId == null ? Optional.empty() : write.find("Attribute", (String) attributeId);
        if (found.isEmpty()) {
            return; // the reference check names the missing attribute
        }
        Record attribute = found.get();
        String type = (String) attribute.get("type");
        String column = COLUMNS.get(type);
        List<FieldError> errors = new ArrayList<>();
        for (String other : VALUE_COLUMNS) {
            if (!other.equals(column) && write.after(other) != null) {
                errors.add(new FieldError(other, "attributeType", "Attribute '" + label(attribute) + "' is of type "
                        + type + ": its value goes in '" + column + "', not '" + other + "'."));
            }
        }
        Object value = write.after(column);
        if (value != null) {
            // the value is typed already (a date is a LocalDate): checked again as its JSON form, by the attribute's rules
            ValueConverter.convert(field(attribute, column), column, ValueConverter.toJson(value), errors::add);
        }
        Object language = write.after("language");
        if (language != null && !MAIN_LANGUAGE.equals(language)) {
            if (!Boolean.TRUE.equals(attribute.get("isMultilang"))) {
                errors.add(new FieldError("language", "notMultilang", "Attribute '" + label(attribute)
                        + "' is not multilingual: its value has the language 'main' only."));
            } else if (!((String) language).matches("[a-z]{2}_[A-Z]{2}")) {
                errors.add(new FieldError("language", "pattern", "'language' must be 'main' or a locale such as de_DE."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The attribute's rules as a field definition, so values are checked exactly as entity fields are. */
    static FieldDefinition field(Record attribute, String column) {
        FieldType type = FieldType.fromJsonName((String) attribute.get("type")).orElseThrow();
        FieldDefinition.Builder field = FieldDefinition.builder(column, type)
                .min(number(attribute.get("min")))
                .max(number(attribute.get("max")));
        if (attribute.get("maxLength") instanceof Number maxLength) {
            field.maxLength(maxLength.intValue());
        }
        if (attribute.get("options") instanceof List<?> options) {
            field.options(options.stream().map(String::valueOf).toList());
        }
        return field.build();
    }

    static String label(Record attribute) {
        Object code = attribute.get(Codes.CODE);
        return code != null ? (String) code : String.valueOf(attribute.get("name"));
    }

    private static Double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : null;
    }
}
