package dev.atrium.domain.record;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;

/**
 * Converts one value as a client sent it (the plain JSON types: String, Number, Boolean, List, Map)
 * into the typed value of its field, and checks the field's parameters. A value of the wrong JSON
 * type is refused, never coerced: {@code "12"} is not an int.
 */
public final class ValueConverter {

    /** Dates are {@code YYYY-MM-DD}; date-times {@code YYYY-MM-DD HH:MM:SS} in UTC, as AtroCore writes them. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    /**
     * A typed value as AtroCore clients read it in JSON: dates and date-times as {@link #DATE} and
     * {@link #DATETIME} text, every other value as it is.
     */
    public static Object toJson(Object value) {
        return DateTexts.toJson(value);
    }

    /** The longest password, in UTF-8 bytes: all that bcrypt reads. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Set<String> URL_SCHEMES = Set.of("http", "https", "ftp", "ftps");
    private static final double LONG_LIMIT = 0x1p63;

    private ValueConverter() {
    }

    /**
     * @param attribute the name the client used, for error messages
     * @param errors receives every problem; the return value is then meaningless
     * @return the typed value, or {@code null} for a JSON null
     */
    public static Object convert(FieldDefinition field, String attribute, Object raw, Consumer<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        Problems problems = new Problems(attribute, errors);
        return switch (field.type()) {
            case VARCHAR, TEXT, ENUM, LINK -> string(field, raw, problems);
            case PASSWORD -> password(field, raw, problems);
            case EMAIL -> checked(string(field, raw, problems), value -> EMAIL.matcher(value).matches(),
                    "email", "'" + attribute + "' is not a valid email address.", problems);
            case URL -> checked(string(field, raw, problems), ValueConverter::isUrl,
                    "url", "'" + attribute + "' is not a valid URL.", problems);
            case BOOL -> raw instanceof Boolean ? raw : problems.wrongType("a boolean");
            case INT -> integer(field, raw, problems);
            case FLOAT -> decimal(field, raw, problems);
            case DATE -> date(raw, problems);
            case DATETIME -> dateTime(raw, problems);
            case MULTI_ENUM -> multiEnum(field, raw, problems);
            case ARRAY -> raw instanceof List<?> list ? storable(Collections.unmodifiableList(new ArrayList<>(list)), problems)
                    : problems.wrongType("an array");
            case JSON_OBJECT -> raw instanceof Map<?, ?> map
                    ? storable(Collections.unmodifiableMap(new LinkedHashMap<>(map)), problems)
                    : problems.wrongType("a JSON object");
            case LINK_MULTIPLE -> problems.wrongType("a list of ids");
        };
    }

    /** Whether a typed value counts as empty for {@code required}: null, blank text or an empty list. */
    public static boolean isEmpty(Object value) {
        return value == null
                || value instanceof String text && text.isBlank()
                || value instanceof List<?> list && list.isEmpty();
    }

    private static String string(FieldDefinition field, Object raw, Problems problems) {
        if (!(raw instanceof String value)) {
            problems.wrongType("a string");
            return null;
        }
        String attribute = problems.attribute;
        storable(value, problems);
        if (field.maxLength() != null && value.codePointCount(0, value.length()) > field.maxLength()) {
            problems.add("maxLength", "'" + attribute + "' is longer than " + field.maxLength() + " characters.");
        }
        if (field.pattern() != null && !value.isEmpty() && !field.pattern().matcher(value).matches()) {
            problems.add("pattern", "'" + attribute + "' does not match the pattern " + field.pattern().pattern() + ".");
        }
        if (field.type() == FieldType.ENUM && !value.isEmpty() && !field.options().contains(value)) {
            problems.add("options", "'" + attribute + "' must be one of " + field.options() + ".");
        }
        return value;
    }

    /** bcrypt reads only the first 72 bytes: a longer password would be cut without a word, so it is refused. */
    private static String password(FieldDefinition field, Object raw, Problems problems) {
        String value = string(field, raw, problems);
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add("maxLength", "'" + problems.attribute + "' is longer than " + MAX_PASSWORD_BYTES
                    + " bytes (UTF-8), the most a password may have.");
        }
        return value;
    }

    /** Refuses text that some database would refuse or change, in a value or anywhere inside a JSON one. */
    private static <T> T storable(T value, Problems problems) {
        String problem = StorableText.problemIn(value);
        if (problem != null) {
            problems.add("characters", "'" + problems.attribute + "' contains " + problem + ".");
        }
        return value;
    }

    private static String checked(String value, Predicate<String> valid, String code,
            String message, Problems problems) {
        if (value != null && !value.isEmpty() && !valid.test(value)) {
            problems.add(code, message);
        }
        return value;
    }

    private static boolean isUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && URL_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Object integer(FieldDefinition field, Object raw, Problems problems) {
        Long value = null;
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            value = ((Number) raw).longValue();
        } else if (raw instanceof BigInteger big && big.bitLength() < 64) {
            value = big.longValue();
        } else if (raw instanceof BigDecimal decimal && isWholeLong(decimal)) {
            value = decimal.longValueExact();
        } else if (raw instanceof Double number && number == Math.rint(number) && Math.abs(number) < LONG_LIMIT) {
            value = number.longValue();
        }
        if (value == null) {
            return problems.wrongType("an integer");
        }
        checkRange(field, value.doubleValue(), problems);
        return value;
    }

    private static boolean isWholeLong(BigDecimal decimal) {
        try {
            decimal.longValueExact();
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static Object decimal(FieldDefinition field, Object raw, Problems problems) {
        if (!(raw instanceof Number number)) {
            return problems.wrongType("a number");
        }
        double value = number.doubleValue();
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            return problems.wrongType("a finite number");
        }
        checkRange(field, value, problems);
        return value;
    }

    private static void checkRange(FieldDefinition field, double value, Problems problems) {
        if (field.min() != null && value < field.min()) {
            problems.add("min", "'" + problems.attribute + "' must not be less than " + plain(field.min()) + ".");
        }
        if (field.max() != null && value > field.max()) {
            problems.add("max", "'" + problems.attribute + "' must not be greater than " + plain(field.max()) + ".");
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < LONG_LIMIT ? Long.toString((long) value) : Double.toString(value);
    }

    private static Object date(Object raw, Problems problems) {
        if (!(raw instanceof String text)) {
            return problems.wrongType("a date string (YYYY-MM-DD)");
        }
        try {
            return inRange(LocalDate.parse(text, DATE), "date", problems);
        } catch (DateTimeParseException e) {
            problems.add("date", "'" + problems.attribute + "' is not a valid date (YYYY-MM-DD).");
            return null;
        }
    }

    /** Accepts AtroCore's {@code YYYY-MM-DD HH:MM:SS} (UTC) and ISO-8601 with an offset, stored in UTC to the second. */
    private static Object dateTime(Object raw, Problems problems) {
        if (!(raw instanceof String text)) {
            return problems.wrongType("a date-time string (YYYY-MM-DD HH:MM:SS)");
        }
        try {
            return inRange(LocalDateTime.parse(text, DATETIME), "datetime", problems);
        } catch (DateTimeParseException notAtroFormat) {
            try {
                return inRange(OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                        .truncatedTo(ChronoUnit.SECONDS), "datetime", problems);
            } catch (DateTimeParseException notIso) {
                problems.add("datetime", "'" + problems.attribute + "' is not a valid date-time (YYYY-MM-DD HH:MM:SS, UTC).");
                return null;
            }
        }
    }

    /** Years 1 to 9999: what every supported database stores as sent (MariaDB and PostgreSQL refuse others). */
    private static <T extends Temporal> T inRange(T value, String code, Problems problems) {
        int year = value.get(ChronoField.YEAR);
        if (year < 1 || year > 9999) {
            problems.add(code, "'" + problems.attribute + "' must lie between the years 0001 and 9999.");
            return null;
        }
        return value;
    }

    private static Object multiEnum(FieldDefinition field, Object raw, Problems problems) {
        if (!(raw instanceof List<?> list)) {
            return problems.wrongType("an array of strings");
        }
        List<String> values = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof String option)) {
                return problems.wrongType("an array of strings");
            }
            if (!field.options().contains(option)) {
                problems.add("options", "'" + problems.attribute + "' may only hold " + field.options() + ".");
                return null;
            }
            if (!values.contains(option)) {
                values.add(option);
            }
        }
        return Collections.unmodifiableList(values);
    }

    /** Collects problems for one attribute. */
    private static final class Problems {
        private final String attribute;
        private final Consumer<FieldError> errors;

        Problems(String attribute, Consumer<FieldError> errors) {
            this.attribute = attribute;
            this.errors = errors;
        }

        void add(String code, String message) {
            errors.accept(new FieldError(attribute, code, message));
        }

        Object wrongType(String expected) {
            add("type", "'" + attribute + "' must be " + expected + ".");
            return null;
        }
    }
}
