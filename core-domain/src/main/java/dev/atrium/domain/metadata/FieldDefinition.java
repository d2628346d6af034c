package dev.atrium.domain.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One field of an entity with its parameters. For a {@code link} field the stored attribute is
 * {@code <name>Id}; every other stored field is its own attribute.
 *
 * @param maxLength the longest string accepted, or {@code null} for unbounded text
 * @param defaultValue the value a create takes when the field is absent, already typed
 * @param system true for the fields every entity gets (id, createdAt, ...)
 * @param multilang the field has a companion per configured language ({@code name} has {@code nameDeDe})
 * @param language for a companion, the language it holds ({@code de_DE}); null for every other field
 * @param columnLength the width of a string column when it differs from {@code maxLength}: a field created at
 *     runtime keeps the column it was created with while its {@code maxLength} changes; null for every other field
 */
public record FieldDefinition(
        String name,
        FieldType type,
        boolean required,
        boolean readOnly,
        Integer maxLength,
        boolean unique,
        boolean index,
        Object defaultValue,
        List<String> options,
        Double min,
        Double max,
        Pattern pattern,
        boolean system,
        boolean multilang,
        String language,
        Integer columnLength) {

    public static final int DEFAULT_MAX_LENGTH = 255;

    public FieldDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
    }

    /**
     * The attribute under which the value is read and written, e.g. {@code brandId} for link {@code brand}. A link's
     * is one string for the process: records, rows and answers key their maps by it for every value they hold.
     */
    public String attribute() {
        return type == FieldType.LINK ? LinkAttributes.id(name) : name;
    }

    /** Whether the value lives in a column of the entity's own table. */
    public boolean isStored() {
        return type.storage() != FieldType.Storage.NONE;
    }

    public static Builder builder(String name, FieldType type) {
        return new Builder(name, type);
    }

    /** The companion of this multilingual field for {@code language}: same type and limits, never required or unique. */
    public FieldDefinition companion(String language) {
        return new FieldDefinition(companionName(name, language), type, false, readOnly, maxLength, false, false, null,
                options, min, max, pattern, false, false, language, columnLength);
    }

    /** {@code name} in {@code de_DE} is {@code nameDeDe}. */
    public static String companionName(String field, String language) {
        StringBuilder name = new StringBuilder(field);
        for (String part : language.split("_")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return name.toString();
    }

    /** Fluent construction, so definitions read like the JSON they come from. */
    public static final class Builder {
        private final String name;
        private final FieldType type;
        private boolean required;
        private boolean readOnly;
        private Integer maxLength;
        private boolean unique;
        private boolean index;
        private Object defaultValue;
        private List<String> options = List.of();
        private Double min;
        private Double max;
        private Pattern pattern;
        private boolean system;
        private boolean multilang;
        private String language;
        private Integer columnLength;

        private Builder(String name, FieldType type) {
            this.name = name;
            this.type = type;
            this.maxLength = type.isBoundedString() ? DEFAULT_MAX_LENGTH : null;
            this.index = type == FieldType.LINK;
        }

        public Builder required(boolean value) { this.required = value; return this; }
        public Builder readOnly(boolean value) { this.readOnly = value; return this; }
        public Builder maxLength(Integer value) { this.maxLength = value; return this; }
        public Builder unique(boolean value) { this.unique = value; return this; }
        public Builder index(boolean value) { this.index = value; return this; }
        public Builder defaultValue(Object value) { this.defaultValue = value; return this; }
        public Builder options(List<String> value) { this.options = value; return this; }
        public Builder min(Double value) { this.min = value; return this; }
        public Builder max(Double value) { this.max = value; return this; }
        public Builder pattern(Pattern value) { this.pattern = value; return this; }
        public Builder system(boolean value) { this.system = value; return this; }
        public Builder multilang(boolean value) { this.multilang = value; return this; }
        public Builder language(String value) { this.language = value; return this; }
        public Builder columnLength(Integer value) { this.columnLength = value; return this; }

        public FieldDefinition build() {
            return new FieldDefinition(name, type, required, readOnly, maxLength, unique, index,
                    defaultValue, options, min, max, pattern, system, multilang, language, columnLength);
        }
    }
}
