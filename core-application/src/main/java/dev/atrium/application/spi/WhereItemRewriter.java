package dev.atrium.application.spi;

import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.WhereItem;

/**
 * Reads a where item that sets a flag the module owns ({@code "isAttribute": true}) into a condition
 * over the listed entity, typically a {@link Condition.Related} over the module's own records.
 */
@FunctionalInterface
public interface WhereItemRewriter {

    /**
     * Runs as the list is read, before any record is. The condition it returns is checked like any
     * other: a related entity's read access and field access apply inside its subquery.
     *
     * @throws dev.atrium.domain.record.ValidationException for an item that cannot be read, best made
     *     with {@link WhereItem#invalid}: the client gets a 400 naming the item
     */
    Condition rewrite(WhereItem item, WhereItemContext context);
}
