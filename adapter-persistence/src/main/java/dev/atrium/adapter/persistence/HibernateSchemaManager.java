package dev.atrium.adapter.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.atrium.application.port.out.SchemaManager;
import dev.atrium.domain.metadata.Catalog;

/** Migrates the core tables (once) and the entity tables to a catalog, then brings in the matching SessionFactory. */
final class HibernateSchemaManager implements SchemaManager {

    private static final Logger LOG = LoggerFactory.getLogger(HibernateSchemaManager.class);

    private final Migrations migrations;
    private final SessionFactories sessionFactories;

    HibernateSchemaManager(Migrations migrations, SessionFactories sessionFactories) {
        this.migrations = migrations;
        this.sessionFactories = sessionFactories;
    }

    private boolean coreMigrated;

    @Override
    public synchronized void apply(Catalog catalog) {
        long started = System.nanoTime();
        if (!coreMigrated) {
            migrations.applyCore();
            coreMigrated = true;
        }
        migrations.apply(EntityChangelog.of(catalog));
        long migrated = System.nanoTime();
        sessionFactories.replace(catalog);
        LOG.info("Catalog version {} in force: {} entities (migrations {} ms, mappings {} ms)", catalog.version(),
                catalog.entities().size(), (migrated - started) / 1_000_000, (System.nanoTime() - migrated) / 1_000_000);
    }
}
