package dev.atrium.adapter.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.hibernate.SessionFactory;

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
    private final SchemaGate gate;

    HibernateSchemaManager(Migrations migrations, SchemaState state, SessionFactories sessionFactories) {
        this(migrations, state, sessionFactories, SchemaGate.open());
    }

    /** @param gate keeps the migrations and other work apart where the database needs it (H2) */
    HibernateSchemaManager(Migrations migrations, SchemaState state, SessionFactories sessionFactories,
            SchemaGate gate) {
        this.migrations = migrations;
        this.state = state;
        this.sessionFactories = sessionFactories;
        this.gate = gate;
    }

    /**
     * Builds the new SessionFactory on a second thread while the schema is checked and migrated, as
     * neither needs the other; it comes into force only once both are done. At start (no factory yet) this
     * returns once the schema is migrated, and the factory comes into force when it is built: start-up goes on
     * meanwhile (the web stack, the services), and work that needs the database waits for it.
     */
    @Override
    public synchronized void apply(Catalog catalog) {
        long started = System.nanoTime();
        boolean atStart = sessionFactories.none();
        CompletableFuture<SessionFactory> mapped = CompletableFuture.supplyAsync(() -> sessionFactories.build(catalog),
                runnable -> new Thread(runnable, "atrium-mappings").start());
        boolean current;
        try {
            current = !migrateIfNeeded(catalog);
        } catch (RuntimeException e) {
            mapped.thenAccept(SessionFactory::close);
            throw e;
        }
        long migrated = System.nanoTime();
        String schema = "Catalog version " + catalog.version() + " in force: " + catalog.entities().size()
                + " entities; schema " + (current ? "already current" : "migrated") + " in " + (migrated - started) / 1_000_000
                + " ms, mappings ready ";
        if (atStart) {
            sessionFactories.installWhenBuilt(mapped.whenComplete((factory, failure) -> {
                if (failure == null) {
                    LOG.info("{}{} ms later", schema, (System.nanoTime() - migrated) / 1_000_000);
                }
            }));
            return;
        }
        sessionFactories.install(join(mapped));
        LOG.info("{}{} ms later", schema, (System.nanoTime() - migrated) / 1_000_000);
    }

    @Override
    public synchronized void migrate(Catalog catalog) {
        long started = System.nanoTime();
        boolean migrated = migrateIfNeeded(catalog);
        LOG.info("Schema of catalog version {} {} in {} ms", catalog.version(), migrated ? "migrated" : "already current",
                (System.nanoTime() - started) / 1_000_000);
    }

    /** @return whether the migrations ran: the fingerprint of the catalog's schema was not the one recorded */
    private boolean migrateIfNeeded(Catalog catalog) {
        SchemaPlan plan = SchemaPlan.of(catalog);
        String fingerprint = fingerprint(plan);
        if (state.recorded().filter(fingerprint::equals).isPresent()) {
            return false;
        }
        gate.exclusive(() -> {
            migrations.apply(plan);
            return null;
        });
        state.record(fingerprint);
        return true;
    }

    private static SessionFactory join(CompletableFuture<SessionFactory> mapped) {
        try {
            return mapped.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
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
