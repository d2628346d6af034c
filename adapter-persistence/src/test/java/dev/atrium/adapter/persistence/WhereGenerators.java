package dev.atrium.adapter.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random {@code where} lists in AtroCore's own shape (type, attribute, value), covering every
 * condition type on the contract catalog's Part, nested up to two levels of and / or / not.
 */
final class WhereGenerators {

    private static final List<String> GRADES = List.of("a", "b", "c", "z");
    private static final List<String> TAGS = List.of("red", "green", "blue", "none");

    private WhereGenerators() {
    }

    static Arbitrary<List<Object>> where() {
        return condition(2).list().ofMinSize(0).ofMaxSize(3).map(List::copyOf);
    }

    private static Arbitrary<Object> condition(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(numbers(), texts(), nulls(), booleans(), dates(), arrays(), links());
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Object> nested = Combinators.combine(Arbitraries.of("and", "or", "not"),
                condition(depth - 1).list().ofMinSize(1).ofMaxSize(3)).as(WhereGenerators::item);
        return Arbitraries.frequencyOf(Tuple.of(4, leaf), Tuple.of(1, nested));
    }

    private static Arbitrary<Object> numbers() {
        Arbitrary<String> attribute = Arbitraries.of("quantity", "weight");
        Arbitrary<Integer> number = Arbitraries.integers().between(-60, 160);
        Arbitrary<Object> single = Combinators.combine(Arbitraries.of("equals", "notEquals", "greaterThan", "lessThan",
                "greaterThanOrEquals", "lessThanOrEquals"), attribute, number, Arbitraries.of(true, false))
                .as((type, name, value, asText) -> item(type, name, asText ? String.valueOf(value) : value));
        Arbitrary<Object> many = Combinators.combine(Arbitraries.of("in", "notIn", "between"), attribute,
                number.list().ofMinSize(2).ofMaxSize(2))
                .as((type, name, values) -> item(type, name, type.equals("between") ? sorted(values) : values));
        Arbitrary<Object> grade = Combinators.combine(Arbitraries.of("equals", "notEquals", "in", "notIn"),
                Arbitraries.of(GRADES)).as((type, value) -> item(type, "grade", type.endsWith("In") || type.equals("in")
                ? List.of(value, "b") : value));
        return Arbitraries.oneOf(single, many, grade);
    }

    private static Arbitrary<Object> texts() {
        Arbitrary<String> text = Arbitraries.strings().withChars(PartFixture.SPECIAL_TEXT + "X").ofMinLength(1).ofMaxLength(3);
        return Combinators.combine(Arbitraries.of("like", "notLike", "contains", "notContains", "startsWith", "endsWith",
                "equals", "lessThan"), Arbitraries.of("name", "code", "note"), text)
                .as(WhereGenerators::item)
                .filter(item -> !comparesLongText((Map<?, ?>) item));
    }

    private static Arbitrary<Object> nulls() {
        return Combinators.combine(Arbitraries.of("isNull", "isNotNull"),
                Arbitraries.of("code", "quantity", "weight", "grade", "tags", "madeOn", "checkedAt", "makerId", "flag"))
                .as((type, attribute) -> item(type, attribute, null));
    }

    private static Arbitrary<Object> booleans() {
        return Combinators.combine(Arbitraries.of("isTrue", "isFalse", "equals"), Arbitraries.of(true, false))
                .as((type, value) -> item(type, "flag", type.equals("equals") ? value : null));
    }

    private static Arbitrary<Object> dates() {
        Arbitrary<String> type = Arbitraries.of("today", "past", "future", "on", "before", "after", "lastXDays",
                "nextXDays", "currentMonth", "lastMonth", "currentYear", "equals", "greaterThan", "between");
        Arbitrary<Integer> offset = Arbitraries.integers().between(-90, 90);
        return Combinators.combine(type, Arbitraries.of("madeOn", "checkedAt"), offset, Arbitraries.of(true, false))
                .as((kind, attribute, days, withTime) -> item(kind, attribute, dateValue(kind, attribute, days, withTime)));
    }

    private static Object dateValue(String type, String attribute, int days, boolean withTime) {
        String day = PartFixture.NOW.toLocalDate().plusDays(days).toString();
        String value = attribute.equals("checkedAt") && (withTime || !List.of("on", "before", "after").contains(type))
                ? day + " " + PartFixture.NOW.toLocalTime().minusSeconds(days * 97L).withNano(0) : day;
        return switch (type) {
            case "lastXDays", "nextXDays" -> String.valueOf(Math.abs(days));
            case "between" -> List.of(value, PartFixture.NOW.toLocalDate().plusDays(days + 20).toString()
                    + (attribute.equals("checkedAt") ? " 00:00:00" : ""));
            case "today", "past", "future", "currentMonth", "lastMonth", "currentYear" -> null;
            default -> value;
        };
    }

    private static Arbitrary<Object> arrays() {
        return Combinators.combine(Arbitraries.of("arrayAnyOf", "arrayNoneOf", "arrayIsEmpty", "arrayIsNotEmpty"),
                Arbitraries.of(TAGS).list().ofMinSize(1).ofMaxSize(2))
                .as((type, values) -> item(type, "tags", type.endsWith("Of") ? values : null));
    }

    private static Arbitrary<Object> links() {
        Arbitrary<List<String>> makers = Arbitraries.integers().between(0, 40).map(i -> String.format("m%03d", i))
                .list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(Arbitraries.of("linkedWith", "notLinkedWith", "isLinked", "isNotLinked"), makers)
                .as((type, ids) -> item(type, "maker", type.startsWith("is") ? null : ids));
    }

    /** Long text (note) can be matched, not compared. */
    private static boolean comparesLongText(Map<?, ?> item) {
        return item.get("attribute").equals("note") && List.of("equals", "lessThan").contains(item.get("type"));
    }

    private static List<Integer> sorted(List<Integer> values) {
        List<Integer> sorted = new ArrayList<>(values);
        sorted.sort(Integer::compare);
        return sorted;
    }

    private static Object item(String type, Object valueOrAttribute) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", type);
        item.put("value", valueOrAttribute);
        return item;
    }

    private static Object item(String type, String attribute, Object value) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", type);
        item.put("attribute", attribute);
        if (value != null) {
            item.put("value", value);
        }
        return item;
    }
}
