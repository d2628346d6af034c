package dev.atrium.adapter.persistence;

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
 * change builds a new one and swaps it in; the old one is closed once swapped out.
 */
final class SessionFactories implements AutoCloseable {

    private final DataSource dataSource;
    private final AtomicReference<SessionFactory> current = new AtomicReference<>();

    SessionFactories(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The pool every session takes its connection from. */
    DataSource dataSource() {
        return dataSource;
    }

    SessionFactory current() {
        SessionFactory factory = current.get();
        if (factory == null) {
            throw new IllegalStateException("no catalog has been applied to the database yet");
        }
        return factory;
    }

    /** Puts a SessionFactory built by {@link #build} in force and closes the one it replaces. */
    void install(SessionFactory factory) {
        SessionFactory previous = current.getAndSet(factory);
        if (previous != null) {
            previous.close();
        }
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
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    @Override
    public void close() {
        SessionFactory factory = current.getAndSet(null);
        if (factory != null) {
            factory.close();
        }
    }
}
