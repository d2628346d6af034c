package dev.atrium.application.testing;

import java.util.Comparator;
import java.util.Map;

import dev.atrium.domain.metadata.SystemFields;

/** Orders rows by one attribute, nulls first when ascending, then by id in the same direction. */
final class RowOrder {

    private RowOrder() {
    }

    static Comparator<Map<String, Object>> of(String attribute, boolean ascending) {
        Comparator<Map<String, Object>> order = Comparator.comparing(row -> comparable(row.get(attribute)),
                Comparator.nullsFirst(Comparator.naturalOrder()));
        order = order.thenComparing(row -> (String) row.get(SystemFields.ID));
        return ascending ? order : order.reversed();
    }

    /** Values that are not comparable themselves (lists, maps) compare by their text. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparable<Object> comparable(Object value) {
        if (value == null || value instanceof Comparable) {
            return (Comparable) value;
        }
        return (Comparable) String.valueOf(value);
    }
}
