package dev.atrium.application.service;

import java.util.concurrent.atomic.AtomicReference;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.out.SchemaManager;
import dev.atrium.domain.metadata.Catalog;

/**
 * Holds the catalog in force. A new catalog comes into force only after storage has been made to
 * match it, and then atomically: a request sees either the old catalog or the new one.
 */
public final class CatalogRegistry implements GetCatalogUseCase {

    private final SchemaManager schemaManager;
    private final AtomicReference<Catalog> current = new AtomicReference<>();

    public CatalogRegistry(SchemaManager schemaManager) {
        this.schemaManager = schemaManager;
    }

    public synchronized void activate(Catalog catalog) {
        Catalog previous = current.get();
        if (previous != null && catalog.version() <= previous.version()) {
            throw new IllegalArgumentException("catalog version " + catalog.version()
                    + " does not follow the version in force, " + previous.version());
        }
        schemaManager.apply(catalog);
        current.set(catalog);
    }

    @Override
    public Catalog currentCatalog() {
        Catalog catalog = current.get();
        if (catalog == null) {
            throw new IllegalStateException("no catalog is active yet");
        }
        return catalog;
    }
}
