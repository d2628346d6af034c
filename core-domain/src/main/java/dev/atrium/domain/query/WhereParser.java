package dev.atrium.domain.query;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.LinkType;
import dev.atrium.domain.record.StorableText;

/**
 * Reads AtroCore's {@code where}: a list of {@code {type, attribute, value}} items, all of which
 * must hold, into a typed {@link Condition}. Every problem is a 400 naming the item: an unknown
 * type or attribute, a value that does not fit the field, a condition that does not fit the field's
 * type. Date conditions are resolved against {@code now} (UTC). An item that sets a flag
 * ({@code "isAttribute": true}) goes to the reader given for that flag; a flag nothing reads is a 400
 * too, since ignoring it would quietly filter by something else than asked.
 */
public final class WhereParser {

    /** Every condition type the list language knows, as clients write them in {@code where}. */
    public static final List<String> TYPES = List.of("and", "or", "not", "equals", "notEquals", "greaterThan",
            "lessThan", "greaterThanOrEquals", "lessThanOrEquals", "between", "in", "notIn", "like", "notLike",
            "contains", "notContains", "startsWith", "endsWith", "isNull", "isNotNull", "isTrue", "isFalse", "today",
            "past", "future", "on", "before", "after", "lastXDays", "nextXDays", "currentMonth", "lastMonth",
            "currentYear", "linkedWith", "notLinkedWith", "isLinked", "isNotLinked", "arrayAnyOf", "arrayNoneOf",
            "arrayIsEmpty", "arrayIsNotEmpty", "bool");

    private static final int MAX_DEPTH = 8;
    private static final int MAX_ITEMS = 500;
    private static final Set<String> TEXT_TYPES = Set.of("like", "notLike", "contains", "notContains",
            "startsWith", "endsWith");
    /** What a text field (a large object on some databases) may be compared by, besides the text conditions. */
    private static final Set<String> TEXT_FIELD_COMPARISONS = Set.of("equals", "notEquals", "in", "notIn");
    /** Keys the language reads itself; AtroCore's date items also carry {@code dateTime}, which the field's type already tells. */
    private static final Set<String> OWN_KEYS = Set.of("type", "attribute", "field", "value", "dateTime");

    private final Catalog catalog;
    private final EntityDefinition entity;
    private final DateConditions dates;
    private final Map<String, Function<WhereItem, Condition>> flagged;
    private final Consumer<String> readable;
    private final Function<String, Condition> boolFilters;
    private int items;

    private WhereParser(Catalog catalog, EntityDefinition entity, LocalDateTime now,
            Map<String, Function<WhereItem, Condition>> flagged, Consumer<String> readable,
            Function<String, Condition> boolFilters) {
        this.catalog = catalog;
        this.entity = entity;
        this.dates = new DateConditions(now);
        this.flagged = Map.copyOf(flagged);
        this.readable = readable;
        this.boolFilters = boolFilters;
    }

    public static Condition parse(Catalog catalog, EntityDefinition entity, List<?> where, LocalDateTime now) {
        return parse(catalog, entity, where, now, Map.of());
    }

    /** @param flagged by flag name, what reads an item that sets the flag into a condition over {@code entity} */
    public static Condition parse(Catalog catalog, EntityDefinition entity, List<?> where, LocalDateTime now,
            Map<String, Function<WhereItem, Condition>> flagged) {
        return parse(catalog, entity, where, now, flagged, field -> { }, WhereParser::noBoolFilter);
    }

    /**
     * @param readable called with the name of each field or link an item filters by, as soon as it is known
     *     and before the item's type and value are checked: it throws when the caller may not filter by it,
     *     so that a hidden field answers the same whatever the item asks of it
     * @param boolFilters the condition of one of AtroCore's named filters ({@code onlyActive}) that a
     *     {@code bool} item lists; throws when the name is not a filter of the entity
     */
    public static Condition parse(Catalog catalog, EntityDefinition entity, List<?> where, LocalDateTime now,
            Map<String, Function<WhereItem, Condition>> flagged, Consumer<String> readable,
            Function<String, Condition> boolFilters) {
        return Condition.all(new WhereParser(catalog, entity, now, flagged, readable, boolFilters)
                .parts(where, "where", 0));
    }

    /**
     * Reads a flagged item's type and value as a condition on {@code attribute} of {@code entity}, exactly
     * as an item naming that attribute would be read; problems name the item as the client wrote it. A
     * flag's reader uses it once it knows which field the item is about.
     */
    public static Condition parseAs(Catalog catalog, EntityDefinition entity, String attribute, WhereItem item,
            LocalDateTime now) {
        return new WhereParser(catalog, entity, now, Map.of(), field -> { }, WhereParser::noBoolFilter).leaf(item.type(), attribute, item.value(), item.label());
    }

    private List<Condition> parts(List<?> list, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw FilterValues.invalid(path, "nests conditions deeper than " + MAX_DEPTH + " levels");
        }
        List<Condition> parts = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            parts.add(item(list.get(i), path + "[" + i + "]", depth));
        }
        return parts;
    }

    private Condition item(Object raw, String path, int depth) {
        if (++items > MAX_ITEMS) {
            throw FilterValues.invalid("where", "has more than " + MAX_ITEMS + " conditions");
        }
        if (!(raw instanceof Map<?, ?> item) || !(item.get("type") instanceof String type)) {
            throw FilterValues.invalid(path, "must be an object with a 'type'");
        }
        Object value = item.get("value");
        switch (type) {
            case "and":
                return new Condition.All(parts(list(value, path), path, depth + 1));
            case "or":
                return new Condition.Any(parts(list(value, path), path, depth + 1));
            case "not":
                return new Condition.Not(new Condition.All(parts(list(value, path), path, depth + 1)));
            case "bool":
                return bool(value, path);
            default:
                break;
        }
        String text = StorableText.problemIn(value);
        if (text != null) {
            throw FilterValues.invalid(path, "(" + type + ") has a value that contains " + text);
        }
        // AtroCore's older clients name the attribute 'field'
        Object named = item.get("attribute") != null ? item.get("attribute") : item.get("field");
        String attribute = named instanceof String name ? name : null;
        if (attribute == null || attribute.isBlank()) {
            throw FilterValues.invalid(path, "(" + type + ") needs an 'attribute'");
        }
        String where = path + " (" + type + " on '" + attribute + "')";
        String flag = flag(item, where);
        if (flag != null) {
            Map<String, Object> keys = new LinkedHashMap<>();
            item.forEach((key, keyValue) -> keys.put(String.valueOf(key), keyValue));
            return flagged.get(flag).apply(new WhereItem(type, attribute, value, keys, path));
        }
        return leaf(type, attribute, value, where);
    }

    /** AtroCore's named filters, {@code {"type": "bool", "value": ["onlyActive", "onlyMy"]}}: all must hold. */
    private Condition bool(Object value, String path) {
        List<?> names = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        List<Condition> parts = new ArrayList<>();
        for (Object name : names) {
            if (!(name instanceof String filter) || filter.isBlank()) {
                throw FilterValues.invalid(path + " (bool)", "needs the names of filters, such as onlyActive");
            }
            try {
                parts.add(boolFilters.apply(filter));
            } catch (IllegalArgumentException e) {
                throw FilterValues.invalid(path + " (bool)", "names '" + filter + "', which is not a filter of "
                        + entity.name() + ": " + e.getMessage());
            }
        }
        return Condition.all(parts);
    }

    private static Condition noBoolFilter(String name) {
        throw new IllegalArgumentException("no named filters apply here");
    }

    /** The flag the item sets that a reader takes, or null for a plain item; a flag set that none takes is a 400. */
    private String flag(Map<?, ?> item, String where) {
        for (Map.Entry<?, ?> key : item.entrySet()) {
            boolean set = Boolean.TRUE.equals(key.getValue()) || "true".equals(key.getValue());
            if (set && !OWN_KEYS.contains(key.getKey())) {
                String name = String.valueOf(key.getKey());
                if (!flagged.containsKey(name)) {
                    throw FilterValues.invalid(where, "sets '" + name + "', which filters of " + entity.name()
                            + " do not support");
                }
                return name;
            }
        }
        return null;
    }

    private Condition leaf(String type, String name, Object value, String where) {
        String attribute = entity.canonical(name);
        if (type.equals("linkedWith") || type.equals("notLinkedWith") || type.equals("isLinked")
                || type.equals("isNotLinked")) {
            return link(type, attribute, value, where);
        }
        FieldDefinition field = entity.fieldByAttribute(attribute).filter(found -> found.type() != FieldType.PASSWORD)
                .orElseThrow(() -> FilterValues.invalid(where, "names '" + attribute + "', which is not a field of "
                        + entity.name() + " that can be filtered by"));
        readable.accept(field.name());
        if (TEXT_TYPES.contains(type)) {
            return text(type, field, value, where);
        }
        if (type.startsWith("array")) {
            return array(type, field, value, where);
        }
        if (DateConditions.TYPES.contains(type)) {
            return dates.condition(type, field, value, where);
        }
        return scalar(type, field, value, where);
    }

    private Condition scalar(String type, FieldDefinition field, Object value, String where) {
        String attribute = field.attribute();
        FieldType.Storage storage = field.type().storage();
        boolean nullCheck = type.equals("isNull") || type.equals("isNotNull");
        boolean textComparison = storage == FieldType.Storage.TEXT && TEXT_FIELD_COMPARISONS.contains(type);
        if ((storage == FieldType.Storage.JSON || storage == FieldType.Storage.TEXT) && !nullCheck && !textComparison) {
            throw FilterValues.invalid(where, "cannot compare a " + field.type().jsonName() + " field by " + type
                    + (storage == FieldType.Storage.TEXT ? "; use equals, notEquals, in, notIn or the text conditions"
                    : "; use the text or array conditions"));
        }
        return switch (type) {
            case "equals" -> compare(field, Condition.Operator.EQUALS, value, where);
            case "notEquals" -> compare(field, Condition.Operator.NOT_EQUALS, value, where);
            case "greaterThan" -> compare(field, Condition.Operator.GREATER, value, where);
            case "greaterThanOrEquals" -> compare(field, Condition.Operator.GREATER_OR_EQUAL, value, where);
            case "lessThan" -> compare(field, Condition.Operator.LESS, value, where);
            case "lessThanOrEquals" -> compare(field, Condition.Operator.LESS_OR_EQUAL, value, where);
            case "between" -> between(field, value, where);
            case "in" -> new Condition.In(attribute, FilterValues.typedList(field, value, where));
            case "notIn" -> new Condition.Not(new Condition.In(attribute, FilterValues.typedList(field, value, where)));
            case "isNull" -> new Condition.IsNull(attribute);
            case "isNotNull" -> new Condition.Not(new Condition.IsNull(attribute));
            case "isTrue", "isFalse" -> {
                if (field.type() != FieldType.BOOL) {
                    throw FilterValues.invalid(where, "applies to bool fields only");
                }
                yield new Condition.Compare(attribute, Condition.Operator.EQUALS, type.equals("isTrue"));
            }
            default -> throw FilterValues.invalid(where, "has an unknown condition type '" + type + "'");
        };
    }

    private static Condition compare(FieldDefinition field, Condition.Operator operator, Object value, String where) {
        return new Condition.Compare(field.attribute(), operator, FilterValues.typed(field, value, where));
    }

    private static Condition between(FieldDefinition field, Object value, String where) {
        if (!(value instanceof List<?> bounds) || bounds.size() != 2) {
            throw FilterValues.invalid(where, "needs two values: [from, to]");
        }
        return new Condition.All(List.of(
                compare(field, Condition.Operator.GREATER_OR_EQUAL, bounds.get(0), where),
                compare(field, Condition.Operator.LESS_OR_EQUAL, bounds.get(1), where)));
    }

    private static Condition text(String type, FieldDefinition field, Object value, String where) {
        FieldType.Storage storage = field.type().storage();
        if (storage != FieldType.Storage.STRING && storage != FieldType.Storage.TEXT) {
            throw FilterValues.invalid(where, "applies to text fields only");
        }
        if (!(value instanceof String text)) {
            throw FilterValues.invalid(where, "needs a text value");
        }
        String literal = Condition.Like.literal(text);
        return switch (type) {
            case "like" -> new Condition.Like(field.attribute(), text);
            case "notLike" -> new Condition.Not(new Condition.Like(field.attribute(), text));
            case "contains" -> new Condition.Like(field.attribute(), "%" + literal + "%");
            case "notContains" -> new Condition.Not(new Condition.Like(field.attribute(), "%" + literal + "%"));
            case "startsWith" -> new Condition.Like(field.attribute(), literal + "%");
            default -> new Condition.Like(field.attribute(), "%" + literal);
        };
    }

    private static Condition array(String type, FieldDefinition field, Object value, String where) {
        if (field.type() != FieldType.MULTI_ENUM && field.type() != FieldType.ARRAY) {
            throw FilterValues.invalid(where, "applies to multiEnum and array fields only");
        }
        String attribute = field.attribute();
        return switch (type) {
            case "arrayIsEmpty" -> new Condition.ArrayEmpty(attribute);
            case "arrayIsNotEmpty" -> new Condition.Not(new Condition.ArrayEmpty(attribute));
            case "arrayAnyOf", "arrayNoneOf" -> {
                List<Condition> any = new ArrayList<>();
                for (Object item : value instanceof List<?> list ? list : List.of(value)) {
                    if (!(item instanceof String text)) {
                        throw FilterValues.invalid(where, "needs text values");
                    }
                    any.add(new Condition.ArrayContains(attribute, text));
                }
                Condition anyOf = new Condition.Any(any);
                yield type.equals("arrayAnyOf") ? anyOf : new Condition.Not(anyOf);
            }
            default -> throw FilterValues.invalid(where, "has an unknown condition type '" + type + "'");
        };
    }

    private Condition link(String type, String name, Object value, String where) {
        LinkDefinition link = entity.links().get(name);
        if (link == null) {
            throw FilterValues.invalid(where, "names '" + name + "', which is not a link of " + entity.name());
        }
        readable.accept(name);
        boolean anyRecord = type.equals("isLinked") || type.equals("isNotLinked");
        List<String> ids = anyRecord ? null : ids(value, where);
        Condition linked = link.type() == LinkType.BELONGS_TO
                ? anyRecord ? new Condition.Not(new Condition.IsNull(name + "Id")) : new Condition.In(name + "Id", new ArrayList<>(ids))
                : new Condition.Linked(name, catalog.route(entity, name), ids);
        return type.startsWith("not") || type.equals("isNotLinked") ? new Condition.Not(linked) : linked;
    }

    private static List<String> ids(Object value, String where) {
        if (value == null) {
            throw FilterValues.invalid(where, "needs record ids");
        }
        List<String> ids = new ArrayList<>();
        for (Object item : value instanceof List<?> list ? list : List.of(value)) {
            if (!(item instanceof String id)) {
                throw FilterValues.invalid(where, "needs record ids");
            }
            ids.add(id);
        }
        if (ids.isEmpty()) {
            throw FilterValues.invalid(where, "needs at least one record id");
        }
        return ids;
    }

    private static List<?> list(Object value, String where) {
        if (!(value instanceof List<?> list)) {
            throw FilterValues.invalid(where, "needs a list of conditions as its value");
        }
        return list;
    }
}
