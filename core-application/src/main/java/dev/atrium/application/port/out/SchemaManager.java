package dev.atrium.application.port.out;

import dev.atrium.domain.metadata.Catalog;

/**
 * Makes storage match a catalog (migrations, mappings) before the catalog comes into force.
 * Called once at start-up and again whenever the catalog changes.
 */
public interface SchemaManager {

    void apply(Catalog catalog);
}
