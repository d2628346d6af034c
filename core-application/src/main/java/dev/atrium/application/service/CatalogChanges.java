package dev.atrium.application.service;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.atrium.application.port.out.RuntimeModel;
import dev.atrium.application.port.out.RuntimeModelStore;
import dev.atrium.application.port.out.SchemaManager;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.application.port.out.VersionCounters;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.DefinitionException;

/**
 * Changes the catalog while Atrium runs, one change at a time: on this node a lock, across nodes the
 * catalog version row, which a change increments (and so locks) first. A change reads the committed
 * runtime definitions, builds the next catalog, migrates the schema, writes its definition records and
 * commits; the catalog and its mappings come into force before the change answers. Other nodes see the
 * version move ({@link #follow}) and rebuild from the same definitions. The tables and columns a deletion
 * removes are renamed or dropped last, once no node maps them (ADR 15).
 */
public final class CatalogChanges {

    /** The counter in {@code atrium_version} that every change of the runtime definitions moves. */
    public static final String COUNTER = "catalog";
    /** How often every node reads the catalog version. */
    public static final java.time.Duration POLL = java.time.Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(CatalogChanges.class);

    private final CatalogAssembler.Assembly assembly;
    private final RuntimeModelStore store;
    private final CatalogRegistry registry;
    private final SchemaManager schema;
    private final VersionCounters versions;
    private final UnitOfWork unitOfWork;
    private long seen = -1;

    public CatalogChanges(CatalogAssembler.Assembly assembly, RuntimeModelStore store, CatalogRegistry registry,
            SchemaManager schema, VersionCounters versions, UnitOfWork unitOfWork) {
        this.assembly = assembly;
        this.store = store;
        this.registry = registry;
        this.schema = schema;
        this.versions = versions;
        this.unitOfWork = unitOfWork;
    }

    /** The registry whose catalog this changes. */
    public CatalogRegistry registry() {
        return registry;
    }

    /**
     * The catalog to start with: the modules' entities and the runtime definitions committed so far.
     *
     * @param version the catalog version read before the definitions (0 before the database has one)
     */
    public synchronized Catalog initial(long version) {
        seen = version;
        return assembly.catalog(store.load(), 1);
    }

    /** What a change makes of the runtime definitions, checked against the catalog in force. */
    @FunctionalInterface
    public interface Edit {
        RuntimeModel apply(Catalog current, RuntimeModel model);
    }

    /**
     * Runs one change: {@code edit} gives the definitions after it, {@code storage} what the schema needs
     * besides the migration of the new catalog (renaming or dropping what a deletion removes, run last),
     * {@code write} writes the definition records through the write pipeline. The answer comes once the new
     * catalog is in force.
     */
    public synchronized <R> R change(Edit edit, BiFunction<Catalog, Catalog, Optional<Runnable>> storage,
            Supplier<R> write) {
        long started = System.nanoTime();
        Catalog[] next = new Catalog[1];
        long[] version = new long[1];
        Runnable[] retire = new Runnable[1];
        R result = unitOfWork.inTransaction(() -> {
            version[0] = versions.incrementAndRead(COUNTER);
            Catalog current = registry.currentCatalog();
            RuntimeModel model = edit.apply(current, store.load());
            next[0] = build(model, current.version() + 1);
            storage.apply(current, next[0]).ifPresent(change -> retire[0] = change);
            schema.migrate(next[0]);
            return write.get();
        });
        long committed = System.nanoTime();
        registry.activate(next[0]);
        seen = version[0];
        long activated = System.nanoTime();
        LOG.info("Catalog change {} in force after {} ms", version[0], (activated - started) / 1_000_000);
        if (retire[0] != null) {
            retireOnceUnmapped(retire[0], Duration.ofNanos(activated - committed));
        }
        return result;
    }

    /**
     * Puts what a deletion removed out of the way (renamed or dropped) only once no node maps it any more:
     * a mapping that still names a column sends it in every statement on its table, so renaming it first
     * failed every read and write of the table until the mappings were swapped, on this node and for longer
     * on the others. This node's mapping is swapped already; the others see the version move within
     * {@link #POLL} and take about as long to build theirs, and the statements of requests that began on
     * the old mapping end meanwhile.
     */
    private static void retireOnceUnmapped(Runnable retire, Duration activation) {
        Duration grace = POLL.multipliedBy(2).plus(activation.multipliedBy(2));
        try {
            Thread.sleep(grace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            retire.run();
        } catch (RuntimeException e) {
            // the deletion is committed and in force: its answer says so; the storage left in place is put away
            // when the same codes are created again (RetiredStorage.clearLeftovers)
            LOG.warn("A deletion's tables or columns stay in place, unmapped, until the same codes are created again: {}",
                    e.getMessage(), e);
        }
    }

    /**
     * Rebuilds the catalog when another node changed it: reads the catalog version and, when it moved since
     * this node last built, builds from the committed definitions and brings the result into force.
     *
     * @return whether the catalog was rebuilt
     */
    public synchronized boolean follow() {
        long version = versions.read(COUNTER);
        if (version == seen) {
            return false;
        }
        Catalog current = registry.currentCatalog();
        Catalog next = build(store.load(), current.version() + 1);
        registry.activate(next);
        seen = version;
        LOG.info("Catalog version {} from another node in force", version);
        return true;
    }

    private Catalog build(RuntimeModel model, long version) {
        try {
            return assembly.catalog(model, version);
        } catch (DefinitionException e) {
            String message = e.getMessage();
            boolean clash = message.contains("already") || message.contains("share");
            throw new DomainException(clash ? DomainException.Kind.CONFLICT : DomainException.Kind.INVALID, message);
        }
    }
}
