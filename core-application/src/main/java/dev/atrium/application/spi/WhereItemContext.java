package dev.atrium.application.spi;

import java.util.Optional;

import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.WhereItem;
import dev.atrium.domain.record.Record;

/** What a {@link WhereItemRewriter} reads with: the catalog, live records, and the list language itself. */
public interface WhereItemContext {

    /** The catalog the list is read against. */
    Catalog catalog();

    /** A live record by id, read to learn what an item refers to (an attribute's type); no access check applies. */
    Optional<Record> find(String entity, String id);

    /**
     * The item's type and value as a condition on {@code attribute} of {@code entity}, read exactly as a
     * where item on that attribute would be (so every condition type and value check applies); problems
     * name the item as the client wrote it.
     */
    Condition condition(String entity, String attribute, WhereItem item);
}
