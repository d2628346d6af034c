package dev.atrium.adapter.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;

/**
 * Writes conditions, orders and keyset positions as HQL over one entity (alias {@code e}); a related
 * entity's condition is written inside an exists-subquery over that entity. Only attribute names checked
 * against the catalog reach the text; every value is a named parameter.
 */
final class HqlConditions {

    /** LIKE's escape character here; backslash would need escaping itself in MariaDB string literals. */
    private static final char ESCAPE = '!';
    /** In-lists longer than this are padded to a multiple of it rather than to a power of two. */
    private static final int IN_LIST_STEP = 1024;

    private final boolean nullsSmallest;
    private final boolean arrayInLists;
    private final StringBuilder hql = new StringBuilder();
    private final Map<String, Object> parameters = new HashMap<>();
    /** The entity and alias attributes are read on: the listed one, or a subquery's while it is written. */
    private EntityDefinition entity;
    private String alias = "e";
    private int subqueries;

    HqlConditions(EntityDefinition entity) {
        this(entity, true, false);
    }

    /**
     * @param nullsSmallest whether the database sorts null before every value (H2, MariaDB) or after (PostgreSQL)
     * @param arrayInLists whether an in-list of several texts is bound as one array ({@link AnyOfArray}, PostgreSQL)
     */
    HqlConditions(EntityDefinition entity, boolean nullsSmallest, boolean arrayInLists) {
        this.entity = entity;
        this.nullsSmallest = nullsSmallest;
        this.arrayInLists = arrayInLists;
    }

    String text() {
        return hql.toString();
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    HqlConditions append(String text) {
        hql.append(text);
        return this;
    }

    HqlConditions condition(Condition condition) {
        if (condition instanceof Condition.All all) {
            return junction(all.parts(), " and ", "1 = 1");
        }
        if (condition instanceof Condition.Any any) {
            return junction(any.parts(), " or ", "1 = 0");
        }
        if (condition instanceof Condition.Not not) {
            hql.append("not (");
            return condition(not.part()).append(")");
        }
        if (condition instanceof Condition.Compare compare && largeText(compare.attribute())) {
            return exactText(compare.attribute(), compare.value(), compare.operator() == Condition.Operator.NOT_EQUALS);
        }
        if (condition instanceof Condition.In in && largeText(in.attribute()) && !in.values().isEmpty()) {
            hql.append("(");
            for (int i = 0; i < in.values().size(); i++) {
                hql.append(i == 0 ? "" : " or ");
                exactText(in.attribute(), in.values().get(i), false);
            }
            return append(")");
        }
        if (condition instanceof Condition.Compare compare) {
            return append(path(compare.attribute())).append(" ").append(operator(compare.operator())).append(" ")
                    .append(parameter(compare.value()));
        }
        if (condition instanceof Condition.In in) {
            return in.values().isEmpty() ? append("1 = 0") : in(path(in.attribute()), in.values());
        }
        if (condition instanceof Condition.Like like) {
            return append("lower(").append(path(like.attribute())).append(") like lower(")
                    .append(parameter(escaped(like.pattern()))).append(") escape '" + ESCAPE + "'");
        }
        if (condition instanceof Condition.IsNull isNull) {
            return append(path(isNull.attribute())).append(" is null");
        }
        if (condition instanceof Condition.ArrayContains contains) {
            String element = "%" + escaped(Condition.Like.literal(JsonValues.write(contains.value()))) + "%";
            return append("coalesce(").append(path(contains.attribute())).append(", '') like ")
                    .append(parameter(element)).append(" escape '" + ESCAPE + "'");
        }
        if (condition instanceof Condition.ArrayEmpty empty) {
            String path = path(empty.attribute());
            return append("(").append(path).append(" is null or ").append(path).append(" like '[]')");
        }
        if (condition instanceof Condition.Related related) {
            return related(related);
        }
        return linked((Condition.Linked) condition);
    }

    /** Writes {@code e.a = :p0, e.b = :p1} for an update; JSON-typed values travel as their text. */
    HqlConditions set(Map<String, Object> changes) {
        int i = 0;
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            var field = entity.fieldByAttribute(change.getKey()).orElseThrow(() ->
                    new IllegalArgumentException("not a stored attribute of " + entity.name() + ": " + change.getKey()));
            Object value = field.type().storage() == FieldType.Storage.JSON ? JsonValues.write(change.getValue())
                    : change.getValue();
            hql.append(i++ == 0 ? "" : ", ").append("e.").append(field.attribute()).append(" = ")
                    .append(value == null ? "null" : parameter(value));
        }
        return this;
    }

    /**
     * Orders by the keys, nulls where the database puts them: asking for another null order would
     * keep it from reading an index in order, and then every list would sort all its matches.
     */
    HqlConditions orderBy(List<Order> order) {
        hql.append(" order by ");
        for (int i = 0; i < order.size(); i++) {
            Order key = order.get(i);
            hql.append(i == 0 ? "" : ", ").append(path(key.attribute())).append(key.ascending() ? " asc" : " desc");
        }
        return this;
    }

    /** Rows after a keyset position: later in the first key, or equal in it and later in the next, and so on. */
    HqlConditions after(List<Order> order, List<Object> position) {
        bound(order.get(0), position.get(0));
        hql.append("(");
        for (int i = 0; i < order.size(); i++) {
            hql.append(i == 0 ? "(" : " or (");
            for (int j = 0; j < i; j++) {
                equal(order.get(j).attribute(), position.get(j));
                hql.append(" and ");
            }
            later(order.get(i), position.get(i));
            hql.append(")");
        }
        hql.append(")");
        return this;
    }

    /**
     * The first key's bound, {@code e.name >= :v and ...}, where it holds for every later row (no null
     * follows the position): the database then starts reading the index at the position instead of
     * filtering everything before it, which the or-chain alone does not tell it.
     */
    private void bound(Order first, Object value) {
        boolean nullsFirst = first.ascending() == nullsSmallest;
        boolean required = entity.fieldByAttribute(first.attribute()).map(field -> field.required()).orElse(false)
                || first.attribute().equals(SystemFields.ID);
        if (value != null && (nullsFirst || required)) {
            hql.append(path(first.attribute())).append(first.ascending() ? " >= " : " <= ").append(parameter(value))
                    .append(" and ");
        }
    }

    private void equal(String attribute, Object value) {
        hql.append(path(attribute)).append(value == null ? " is null" : " = " + parameter(value));
    }

    /** Rows after {@code value} in the key's direction, with nulls first or last as the database sorts them. */
    private void later(Order key, Object value) {
        String path = path(key.attribute());
        boolean nullsFirst = key.ascending() == nullsSmallest;
        if (value == null) {
            hql.append(nullsFirst ? path + " is not null" : "1 = 0");
            return;
        }
        String beyond = path + (key.ascending() ? " > " : " < ") + parameter(value);
        hql.append(nullsFirst ? beyond : "(" + beyond + " or " + path + " is null)");
    }

    /**
     * Whether the attribute's column is a large object (CLOB), which H2 cannot compare with {@code =}: such
     * values are compared by a like without wildcards, as exact as {@code =} on every database (ADR 7).
     */
    private boolean largeText(String attribute) {
        return entity.fieldByAttribute(attribute).map(field -> field.type().storage() != FieldType.Storage.JSON
                && field.type().storage() != FieldType.Storage.NONE && "CLOB".equals(Columns.sqlType(field))).orElse(false);
    }

    private HqlConditions exactText(String attribute, Object value, boolean not) {
        return append(path(attribute)).append(not ? " not like " : " like ")
                .append(parameter(escaped(Condition.Like.literal(String.valueOf(value))))).append(" escape '" + ESCAPE + "'");
    }

    private HqlConditions junction(List<Condition> parts, String joiner, String empty) {
        if (parts.isEmpty()) {
            return append(empty);
        }
        hql.append("(");
        for (int i = 0; i < parts.size(); i++) {
            hql.append(i == 0 ? "" : joiner);
            condition(parts.get(i));
        }
        return append(")");
    }

    private HqlConditions linked(Condition.Linked linked) {
        String alias = "r" + subqueries++;
        hql.append("exists (select 1 from ").append(linked.route().entity()).append(" ").append(alias)
                .append(" where ").append(alias).append(".").append(linked.route().ownKey()).append(" = ")
                .append(this.alias).append(".").append(SystemFields.ID).append(" and ")
                .append(alias).append(".").append(SystemFields.DELETED).append(" = false");
        if (linked.ids() != null) {
            append(" and ").in(alias + "." + linked.route().otherKey(), linked.ids());
        }
        return append(")");
    }

    /** Writes a condition over another entity under another alias (a subquery's or a join's), then goes back. */
    HqlConditions conditionOn(EntityDefinition other, String otherAlias, Condition condition) {
        EntityDefinition outerEntity = entity;
        String outer = alias;
        entity = other;
        alias = otherAlias;
        append("(");
        condition(condition);
        append(")");
        entity = outerEntity;
        alias = outer;
        return this;
    }

    /** {@code exists (select 1 from Other s0 where s0.key = e.id and s0.deleted = false and (...))}. */
    private HqlConditions related(Condition.Related related) {
        EntityDefinition outerEntity = entity;
        String outer = alias;
        String inner = "s" + subqueries++;
        hql.append("exists (select 1 from ").append(related.entity().name()).append(" ").append(inner).append(" where ");
        entity = related.entity();
        alias = inner;
        hql.append(path(related.key())).append(" = ").append(outer).append(".").append(SystemFields.ID).append(" and ")
                .append(inner).append(".").append(SystemFields.DELETED).append(" = false and (");
        condition(related.where());
        entity = outerEntity;
        alias = outer;
        return append("))");
    }

    /**
     * {@code <path> in (<one parameter per value>)}, or {@code <path> = <parameter>} for one value: Hibernate
     * takes a lone parameter in an in-list for a list it may have to expand, and translates such a query anew
     * at every execution. Where arrays are bound ({@link AnyOfArray}), several texts (ids, links, codes) are one
     * array parameter. Conditions use it, and so may a query of the caller's own making.
     */
    HqlConditions in(String path, List<?> values) {
        if (values.size() == 1) {
            return append(path).append(" = ").append(parameter(values.get(0)));
        }
        if (arrayInLists && values.stream().allMatch(String.class::isInstance)) {
            return append(AnyOfArray.NAME + "(").append(parameter(values.toArray(String[]::new))).append(", ")
                    .append(path).append(")");
        }
        return append(path).append(" in (").append(parameters(values)).append(")");
    }

    /**
     * One named parameter per value, as many as the next power of two (then the next multiple of
     * {@link #IN_LIST_STEP}), the last value repeated. Hibernate does not cache the translation of a
     * query bound to a list parameter, so every bulk lookup would be translated anew; spelled out
     * in a few fixed sizes, each size is translated once.
     */
    private String parameters(List<?> values) {
        if (values.isEmpty()) {
            return "null";
        }
        int size = values.size() <= IN_LIST_STEP ? Integer.highestOneBit(Math.max(1, values.size() * 2 - 1))
                : (values.size() + IN_LIST_STEP - 1) / IN_LIST_STEP * IN_LIST_STEP;
        StringJoiner names = new StringJoiner(", ");
        for (int i = 0; i < size; i++) {
            names.add(parameter(values.get(Math.min(i, values.size() - 1))));
        }
        return names.toString();
    }

    private String parameter(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return ":" + name;
    }

    private String path(String attribute) {
        return alias + "." + entity.fieldByAttribute(attribute)
                .orElseThrow(() -> new IllegalArgumentException("not a stored attribute of " + entity.name() + ": " + attribute))
                .attribute();
    }

    private static String operator(Condition.Operator operator) {
        return switch (operator) {
            case EQUALS -> "=";
            case NOT_EQUALS -> "<>";
            case GREATER -> ">";
            case GREATER_OR_EQUAL -> ">=";
            case LESS -> "<";
            case LESS_OR_EQUAL -> "<=";
        };
    }

    /** Rewrites a pattern from {@link Condition.Like}'s backslash escapes to this class's escape character. */
    private static String escaped(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 4);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(ESCAPE).append(pattern.charAt(++i));
            } else if (c == ESCAPE) {
                out.append(ESCAPE).append(ESCAPE);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
