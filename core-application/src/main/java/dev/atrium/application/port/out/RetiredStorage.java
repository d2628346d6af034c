package dev.atrium.application.port.out;

import dev.atrium.domain.metadata.Catalog;

/**
 * What a deletion in the Entity Manager does to stored data: the tables and columns the new catalog no
 * longer has are renamed out of the way (so the same code can be created again), or dropped with their data.
 */
public interface RetiredStorage {

    /** @return the schema change to run when {@code before} becomes {@code after}, before migrating to it */
    Runnable retire(Catalog before, Catalog after, boolean permanently);
}
