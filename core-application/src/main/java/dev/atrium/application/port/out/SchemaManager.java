package dev.atrium.application.port.out;

import dev.atrium.domain.metadata.Catalog;

/**
 * Makes storage match a catalog (migrations, mappings) before the catalog comes into force.
 * Called once at start-up and again whenever the catalog changes.
 */
public interface SchemaManager {

    /**
     * Migrates storage to the catalog and brings in its mappings. The first call, at start-up, may return
     * before the mappings are ready; work that needs them waits for them.
     */
    void apply(Catalog catalog);

    /**
     * Migrates the database to a catalog without bringing it into force: the tables and columns it adds
     * exist afterwards, and a later {@link #apply} of the same catalog only switches the mappings. Storage
     * without a schema has nothing to do.
     */
    default void migrate(Catalog catalog) {
    }
}
