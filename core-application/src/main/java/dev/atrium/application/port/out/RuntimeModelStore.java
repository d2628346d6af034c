package dev.atrium.application.port.out;

/** Reads the entities and fields administrators created at runtime, as committed in the database. */
public interface RuntimeModelStore {

    /** The live definitions; none before the tables holding them exist (a new database). */
    RuntimeModel load();
}
