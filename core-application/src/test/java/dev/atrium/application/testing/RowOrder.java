package dev.atrium.application.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.atrium.domain.query.Order;

/** Orders rows by the keys of a list order; null sorts before any value in both directions' start. */
public final class RowOrder {

    private RowOrder() {
    }

    public static Comparator<Map<String, Object>> of(List<Order> order) {
        Comparator<Map<String, Object>> comparator = (a, b) -> 0;
        for (Order key : order) {
            Comparator<Map<String, Object>> byKey = Comparator.comparing(row -> comparable(row.get(key.attribute())),
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            comparator = comparator.thenComparing(key.ascending() ? byKey : byKey.reversed());
        }
        return comparator;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparable<Object> comparable(Object value) {
        if (value == null || value instanceof Comparable) {
            return (Comparable) value;
        }
        return (Comparable) String.valueOf(value);
    }
}
