package dev.atrium.application.spi;

/**
 * A change to a module's stored data between two of its versions (fill a new field, move values, rename
 * codes). It runs once per database, at start-up, after the schema has the module's current fields.
 */
@FunctionalInterface
public interface DataMigration {

    /**
     * Does the change through the platform's use cases, as {@link DataMigrationContext#caller()}. Each call
     * commits on its own; a migration that fails is not recorded and runs again from the start at the next
     * start-up, so write it to be safe to repeat (upserts by id or code, mass updates by condition).
     */
    void migrate(DataMigrationContext context);
}
