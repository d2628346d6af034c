package dev.atrium.adapter.persistence;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

import dev.atrium.domain.metadata.Catalog;

/**
 * Holds the SessionFactory of the catalog in force. SessionFactories are immutable, so a catalog
 * change builds a new one and swaps it in. Units of work lease the factory they start with and keep it to
 * their end; a factory swapped out closes when its last lease ends, so no request fails because of a swap.
 */
final class SessionFactories implements AutoCloseable {

    private final DataSource dataSource;
    private final AtomicReference<Lease> current = new AtomicReference<>();
    /** The first factory being built at start, which leases wait for; null when the first was put in force at once. */
    private volatile CompletableFuture<Void> first;
    private volatile boolean closed;

    /** A SessionFactory with the number of units of work using it. */
    static final class Lease implements AutoCloseable {
        private final SessionFactory factory;
        private final AtomicInteger users = new AtomicInteger();
        private final AtomicBoolean retired = new AtomicBoolean();
        private final AtomicBoolean closed = new AtomicBoolean();

        private Lease(SessionFactory factory) {
            this.factory = factory;
        }

        SessionFactory factory() {
            return factory;
        }

        /** Ends this use; the last use of a retired factory closes it. */
        @Override
        public void close() {
            if (users.decrementAndGet() == 0 && retired.get()) {
                closeFactory();
            }
        }

        private void retire() {
            retired.set(true);
            if (users.get() == 0) {
                closeFactory();
            }
        }

        private void closeFactory() {
            if (closed.compareAndSet(false, true)) {
                factory.close();
            }
        }
    }

    SessionFactories(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The pool every session takes its connection from. */
    DataSource dataSource() {
        return dataSource;
    }

    /** The factory in force, leased until the returned lease is closed; waits for the first one being built. */
    Lease lease() {
        while (true) {
            Lease lease = current.get();
            if (lease == null) {
                awaitFirst();
                continue;
            }
            lease.users.incrementAndGet();
            if (!lease.retired.get()) {
                return lease;
            }
            lease.close();
        }
    }

    private void awaitFirst() {
        CompletableFuture<Void> building = first;
        if (building == null || closed) {
            throw new IllegalStateException("no catalog has been applied to the database yet");
        }
        try {
            building.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        if (current.get() == null) {
            throw new IllegalStateException("no catalog has been applied to the database yet");
        }
    }

    /** Whether no factory is in force nor being built: the next one is the first, at start. */
    boolean none() {
        return current.get() == null && first == null;
    }

    /** Puts a SessionFactory built by {@link #build} in force; the one it replaces closes when no one uses it. */
    void install(SessionFactory factory) {
        Lease previous = current.getAndSet(new Lease(factory));
        if (previous != null) {
            previous.retire();
        }
        if (closed) {
            close();
        }
    }

    /**
     * Puts the first factory in force once it is built, so that start-up goes on meanwhile; work that needs it
     * waits for it, and fails with the build's failure. A factory installed meanwhile (another node changed the
     * catalog) stays in force.
     */
    void installWhenBuilt(CompletableFuture<SessionFactory> building) {
        first = building.thenAccept(factory -> {
            if (closed || !current.compareAndSet(null, new Lease(factory))) {
                factory.close();
            }
        });
    }

    /** Builds the SessionFactory of a catalog; it does not need the tables to exist yet. */
    SessionFactory build(Catalog catalog) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.GLOBALLY_QUOTED_IDENTIFIERS, true)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 100)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                // date-times are UTC wall-clock values: bound and read as they are, never shifted
                // through the JVM's zone, so an hour the JVM's clocks skip is stored unchanged
                .applySetting(AvailableSettings.JAVA_TIME_USE_DIRECT_JDBC, true)
                .applySetting(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true)
                .applySetting(AvailableSettings.USE_SECOND_LEVEL_CACHE, false)
                .applySetting(AvailableSettings.SHOW_SQL, false)
                // reads aggregate a record's to-many links with json_arrayagg, written for each database
                .applySetting(AvailableSettings.JSON_FUNCTIONS_ENABLED, true)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            sources.addMappingXmlBinding(EntityMappings.of(catalog));
            return sources.getMetadataBuilder().applyFunctions(new AnyOfArray()).build().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    @Override
    public void close() {
        closed = true;
        Lease lease = current.getAndSet(null);
        if (lease != null) {
            lease.closeFactory();
        }
    }
}
