package dev.atrium.adapter.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.atrium.application.port.out.SchemaManager;
import dev.atrium.domain.metadata.Catalog;

/**
 * Migrates the database to a catalog, then brings in the matching SessionFactory. Liquibase runs
 * only when the schema's fingerprint (the core changelog and the entity schema plan) differs from
 * the one recorded by the last migration, so an unchanged restart costs one query.
 */
final class HibernateSchemaManager implements SchemaManager {

    private static final Logger LOG = LoggerFactory.getLogger(HibernateSchemaManager.class);

    private final Migrations migrations;
    private final SchemaState state;
    private final SessionFactories sessionFactories;

    HibernateSchemaManager(Migrations migrations, SchemaState state, SessionFactories sessionFactories) {
        this.migrations = migrations;
        this.state = state;
        this.sessionFactories = sessionFactories;
    }

    @Override
    public synchronized void apply(Catalog catalog) {
        long started = System.nanoTime();
        SchemaPlan plan = SchemaPlan.of(catalog);
        String fingerprint = fingerprint(plan);
        boolean current = state.recorded().filter(fingerprint::equals).isPresent();
        if (!current) {
            migrations.applyCore();
            migrations.apply(EntityChangelog.of(plan));
            state.record(fingerprint);
        }
        long migrated = System.nanoTime();
        sessionFactories.replace(catalog);
        LOG.info("Catalog version {} in force: {} entities; schema {} ({} ms), mappings built in {} ms",
                catalog.version(), catalog.entities().size(), current ? "already current" : "migrated",
                (migrated - started) / 1_000_000, (System.nanoTime() - migrated) / 1_000_000);
    }

    private static String fingerprint(SchemaPlan plan) {
        try (InputStream core = HibernateSchemaManager.class.getClassLoader().getResourceAsStream(Migrations.CORE_CHANGELOG)) {
            if (core == null) {
                throw new IllegalStateException("core changelog missing: " + Migrations.CORE_CHANGELOG);
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(core.readAllBytes());
            digest.update(plan.describe().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot compute the schema fingerprint", e);
        }
    }
}
