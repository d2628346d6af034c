package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.ValidationException;

/**
 * The order of a list: the requested keys, then id, so that it is total. Without {@code sortBy} a list
 * is ordered by id, as AtroCore orders it; an entity's {@code collection.sortBy} is only a UI's default.
 */
final class ListOrder {

    private ListOrder() {
    }

    /**
     * @param sortBy attribute names, each optionally suffixed {@code :asc} or {@code :desc}
     * @param where the list's condition: attributes it pins to one value lead the order, which
     *     changes no result but lets a database walk an index in order instead of sorting every match
     */
    static List<Order> of(EntityDefinition entity, List<String> sortBy, Boolean ascending, Condition where) {
        boolean defaultAscending = ascending == null || ascending;
        List<Order> requested = new ArrayList<>();
        for (String item : sortBy == null || sortBy.isEmpty() ? List.of(SystemFields.ID) : sortBy) {
            requested.add(key(entity, item.trim(), defaultAscending));
        }
        List<Order> order = new ArrayList<>();
        for (String pinned : pinnedAttributes(entity, where)) {
            if (requested.stream().noneMatch(key -> key.attribute().equals(pinned))) {
                order.add(new Order(pinned, true));
            }
        }
        order.addAll(requested);
        return RecordQuery.withIdLast(order);
    }

    private static Order key(EntityDefinition entity, String item, boolean defaultAscending) {
        int colon = item.lastIndexOf(':');
        String attribute = entity.canonical(colon < 0 ? item : item.substring(0, colon));
        boolean ascending = defaultAscending;
        if (colon >= 0) {
            String direction = item.substring(colon + 1).toLowerCase(Locale.ROOT);
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw ValidationException.of("sortBy", "invalid", "'sortBy' direction must be asc or desc, not '"
                        + direction + "'.");
            }
            ascending = direction.equals("asc");
        }
        FieldDefinition field = entity.fieldByAttribute(attribute).orElseThrow(() -> ValidationException.of("sortBy",
                "unknownField", "'" + attribute + "' is not a field of " + entity.name() + " that can be sorted by."));
        if (!sortable(field)) {
            throw ValidationException.of("sortBy", "unsortable", "'" + attribute + "' is a " + field.type().jsonName()
                    + " field and cannot be sorted by.");
        }
        return new Order(field.attribute(), ascending);
    }

    private static Set<String> pinnedAttributes(EntityDefinition entity, Condition where) {
        Set<String> pinned = new LinkedHashSet<>();
        List<Condition> parts = where instanceof Condition.All all ? all.parts() : List.of(where);
        for (Condition part : parts) {
            if (part instanceof Condition.Compare compare && compare.operator() == Condition.Operator.EQUALS
                    && sortable(entity, compare.attribute())) {
                pinned.add(compare.attribute());
            }
        }
        return pinned;
    }

    /** Text and JSON values are large objects on some databases, which cannot order rows. */
    private static boolean sortable(FieldDefinition field) {
        FieldType.Storage storage = field.type().storage();
        return storage != FieldType.Storage.JSON && storage != FieldType.Storage.TEXT && field.type() != FieldType.PASSWORD;
    }

    private static boolean sortable(EntityDefinition entity, String attribute) {
        return entity.fieldByAttribute(attribute).map(ListOrder::sortable).orElse(false);
    }
}
