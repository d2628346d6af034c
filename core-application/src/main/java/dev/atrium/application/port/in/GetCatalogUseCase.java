package dev.atrium.application.port.in;

import dev.atrium.domain.metadata.Catalog;

/** Gives the catalog in force now; callers must not keep it across requests, it may be replaced. */
public interface GetCatalogUseCase {

    Catalog currentCatalog();
}
