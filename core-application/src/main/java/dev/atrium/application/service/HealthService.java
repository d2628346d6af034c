package dev.atrium.application.service;

import dev.atrium.application.port.in.CheckHealthUseCase;
import dev.atrium.application.port.out.DatabaseProbe;

/** Up when a catalog is in force (so migrations ran) and the database answers. */
public final class HealthService implements CheckHealthUseCase {

    private final CatalogRegistry catalogs;
    private final DatabaseProbe database;

    public HealthService(CatalogRegistry catalogs, DatabaseProbe database) {
        this.catalogs = catalogs;
        this.database = database;
    }

    @Override
    public Health check() {
        try {
            catalogs.currentCatalog();
        } catch (IllegalStateException e) {
            return new Health(false, "starting: schema not ready");
        }
        try {
            database.ping();
            return new Health(true, null);
        } catch (RuntimeException e) {
            return new Health(false, "database unreachable");
        }
    }
}
