package dev.atrium.application.port.out;

import java.util.Optional;

import dev.atrium.domain.metadata.Catalog;

/**
 * What a deletion in the Entity Manager does to stored data: the tables and columns the new catalog no
 * longer has are renamed out of the way (so the same code can be created again), or dropped with their data.
 */
public interface RetiredStorage {

    /**
     * @return the schema change to run once {@code after} is in force on every node instead of {@code before};
     *     empty when {@code after} keeps every table and column of {@code before}
     */
    Optional<Runnable> retire(Catalog before, Catalog after, boolean permanently);

    /**
     * Before a change that adds tables or columns: puts out of the way what an earlier deletion of the same
     * codes left in place (its renaming failed, or the node stopped before it ran), so that what is added
     * starts empty and never takes the old data back.
     */
    void clearLeftovers(Catalog before, Catalog after);
}
