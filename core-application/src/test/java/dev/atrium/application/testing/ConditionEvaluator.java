package dev.atrium.application.testing;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;

/**
 * Evaluates a {@link Condition} on a row in memory, independently of any database, with SQL's
 * three-valued logic: {@code null} stands for unknown, and a row matches only when the result is
 * {@code true}. Tests compare what a repository returns with what this says.
 */
public final class ConditionEvaluator {

    private final Function<String, Collection<Map<String, Object>>> liveRowsOf;

    /** @param liveRowsOf the live rows of an entity by name, for conditions through to-many links */
    public ConditionEvaluator(Function<String, Collection<Map<String, Object>>> liveRowsOf) {
        this.liveRowsOf = liveRowsOf;
    }

    public boolean matches(Condition condition, Map<String, Object> row) {
        return Boolean.TRUE.equals(evaluate(condition, row));
    }

    Boolean evaluate(Condition condition, Map<String, Object> row) {
        if (condition instanceof Condition.All all) {
            return junction(all.parts(), row, false);
        }
        if (condition instanceof Condition.Any any) {
            return junction(any.parts(), row, true);
        }
        if (condition instanceof Condition.Not not) {
            Boolean part = evaluate(not.part(), row);
            return part == null ? null : !part;
        }
        if (condition instanceof Condition.Compare compare) {
            return compare(row.get(compare.attribute()), compare.operator(), compare.value());
        }
        if (condition instanceof Condition.In in) {
            Object value = row.get(in.attribute());
            if (value == null) {
                return in.values().isEmpty() ? Boolean.FALSE : null;
            }
            return in.values().contains(value);
        }
        if (condition instanceof Condition.Like like) {
            Object value = row.get(like.attribute());
            return value == null ? null : regex(like.pattern()).matcher(((String) value).toLowerCase(Locale.ROOT)).matches();
        }
        if (condition instanceof Condition.IsNull isNull) {
            return row.get(isNull.attribute()) == null;
        }
        if (condition instanceof Condition.ArrayContains contains) {
            return row.get(contains.attribute()) instanceof List<?> list && list.contains(contains.value());
        }
        if (condition instanceof Condition.ArrayEmpty empty) {
            Object value = row.get(empty.attribute());
            return value == null || value instanceof List<?> list && list.isEmpty();
        }
        if (condition instanceof Condition.Related related) {
            return liveRowsOf.apply(related.entity().name()).stream().anyMatch(other ->
                    Objects.equals(other.get(related.key()), row.get(SystemFields.ID)) && matches(related.where(), other));
        }
        Condition.Linked linked = (Condition.Linked) condition;
        return liveRowsOf.apply(linked.route().entity()).stream().anyMatch(other ->
                Objects.equals(other.get(linked.route().ownKey()), row.get(SystemFields.ID))
                        && (linked.ids() == null || linked.ids().contains(other.get(linked.route().otherKey()))));
    }

    private Boolean junction(List<Condition> parts, Map<String, Object> row, boolean any) {
        boolean unknown = false;
        for (Condition part : parts) {
            Boolean value = evaluate(part, row);
            if (value == null) {
                unknown = true;
            } else if (value == any) {
                return any;
            }
        }
        return unknown ? null : !any;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Boolean compare(Object actual, Condition.Operator operator, Object expected) {
        if (actual == null) {
            return null;
        }
        int order = ((Comparable) actual).compareTo(expected);
        return switch (operator) {
            case EQUALS -> order == 0;
            case NOT_EQUALS -> order != 0;
            case GREATER -> order > 0;
            case GREATER_OR_EQUAL -> order >= 0;
            case LESS -> order < 0;
            case LESS_OR_EQUAL -> order <= 0;
        };
    }

    /** A LIKE pattern (backslash escapes) as a case-insensitive regular expression over lower-cased text. */
    private static Pattern regex(String like) {
        StringBuilder regex = new StringBuilder();
        String pattern = like.toLowerCase(Locale.ROOT);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
