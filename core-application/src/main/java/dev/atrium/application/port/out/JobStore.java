package dev.atrium.application.port.out;

import java.time.LocalDateTime;
import java.util.Optional;

/** Background jobs in the database, so that they survive a restart and any node can run them. */
public interface JobStore {

    /** A job as stored; {@code payload} and {@code results} are JSON text. */
    record StoredJob(String id, String type, String status, String createdById, String payload, String results,
            int total, int processed, int succeeded, int failed, LocalDateTime createdAt, LocalDateTime finishedAt) {
    }

    void create(StoredJob job);

    /**
     * Takes the oldest pending job (or a running one whose node went quiet before {@code staleBefore})
     * for this node: marks it running, so no other node takes it (skipping rows other nodes hold).
     */
    Optional<StoredJob> claimNext(String nodeId, LocalDateTime now, LocalDateTime staleBefore);

    /**
     * Records progress; also shows the node is still at work.
     *
     * @return false when the job is no longer this node's (another node took it over as stale): stop
     */
    boolean progress(String id, String nodeId, int processed, int succeeded, int failed, LocalDateTime now);

    /** @return false when the job is no longer this node's, and nothing was written */
    boolean finish(String id, String nodeId, String status, String results, int processed, int succeeded, int failed,
            LocalDateTime now);

    Optional<StoredJob> find(String id);
}
