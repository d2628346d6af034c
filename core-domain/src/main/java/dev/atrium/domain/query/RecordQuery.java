package dev.atrium.domain.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import dev.atrium.domain.metadata.SystemFields;

/**
 * What a list asks of a repository: live records matching {@code where}, in {@code order} (which
 * always ends with {@code id}, so the order is total and pages never overlap), one page of them.
 *
 * @param after the order-key values of the last record of the previous page (keyset paging), or
 *     null to page by {@code offset}
 * @param clientPage a page a client asked for, of one of a few sizes, rather than a lookup of the caller's
 *     own: a repository may write its size and offset into the statement, which lets the database keep
 *     one plan for it, where a lookup's plan should follow the values it is given
 */
public record RecordQuery(Condition where, List<Order> order, int offset, int maxSize, List<Object> after,
        boolean clientPage) {

    public RecordQuery {
        Objects.requireNonNull(where, "where");
        if (order.isEmpty() || !order.get(order.size() - 1).attribute().equals(SystemFields.ID)) {
            throw new IllegalArgumentException("the order must end with id");
        }
        order = List.copyOf(order);
        if (offset < 0 || maxSize < 0) {
            throw new IllegalArgumentException("offset and maxSize must not be negative");
        }
        if (after != null && after.size() != order.size()) {
            throw new IllegalArgumentException("a keyset position needs one value per order key");
        }
        after = after == null ? null : Collections.unmodifiableList(new ArrayList<>(after));
    }

    /** A lookup (not a {@link #clientPage}). */
    public RecordQuery(Condition where, List<Order> order, int offset, int maxSize, List<Object> after) {
        this(where, order, offset, maxSize, after, false);
    }

    /** A page in the given order, ties broken by ascending id. */
    public static RecordQuery page(Condition where, List<Order> order, int offset, int maxSize) {
        return new RecordQuery(where, withIdLast(order), offset, maxSize, null);
    }

    /** Appends {@code id} to an order that lacks it, so that the order is total. */
    public static List<Order> withIdLast(List<Order> order) {
        List<Order> total = new ArrayList<>();
        for (Order key : order) {
            if (key.attribute().equals(SystemFields.ID)) {
                total.add(key);
                return total;
            }
            total.add(key);
        }
        total.add(new Order(SystemFields.ID, true));
        return total;
    }
}
