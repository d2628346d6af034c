package dev.atrium.application.port.out;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Which data migrations of which modules ran on this database, so that each runs once. */
public interface DataMigrationLog {

    /** The versions that ran, by module id. */
    Map<String, Set<Integer>> applied();

    /** Records that a migration ran; a migration is recorded once. */
    void record(String moduleId, int version, String description, LocalDateTime at);

    /**
     * Runs {@code work} while holding a lock in the database, so that nodes starting at once do not run
     * the same migration twice: another node waits until this one is done, then finds it recorded.
     */
    <T> T exclusively(Supplier<T> work);
}
