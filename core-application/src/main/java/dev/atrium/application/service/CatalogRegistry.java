package dev.atrium.application.service;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.out.SchemaManager;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;

/**
 * Holds the catalog in force. A new catalog comes into force atomically: a request sees either the old
 * catalog or the new one. One that adds comes into force after storage and mappings match it; one that
 * removes, before its mappings lose what it removes.
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
        if (previous != null && removesFromMapping(previous, catalog)) {
            // a request reads the catalog and then opens its unit of work on the mapping in force: what a deletion
            // removes leaves the catalog first, while the mapping still has it (its columns are put out of the way
            // only later, CatalogChanges), so no request names it to a mapping without it
            current.set(catalog);
            try {
                schemaManager.apply(catalog);
            } catch (RuntimeException e) {
                current.set(previous);
                throw e;
            }
        } else {
            // a request that read the catalog before an addition finds the mapping a superset of it
            schemaManager.apply(catalog);
            current.set(catalog);
        }
    }

    /** Whether {@code next} lacks an entity, field or link that {@code previous} has. */
    static boolean removesFromMapping(Catalog previous, Catalog next) {
        for (EntityDefinition entity : previous.entities()) {
            Optional<EntityDefinition> kept = next.find(entity.name()).filter(found -> found.name().equals(entity.name()));
            if (kept.isEmpty() || !kept.get().fields().keySet().containsAll(entity.fields().keySet())
                    || !kept.get().links().keySet().containsAll(entity.links().keySet())) {
                return true;
            }
        }
        return false;
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
