package dev.atrium.application.port.in;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import dev.atrium.domain.security.Principal;

/** Runs an upsert in the background and tells how it goes. */
public interface JobsUseCase {

    /** Stores the items as a pending job; a worker on any node runs it. @return the job's id */
    String enqueueUpsert(Principal caller, List<UpsertUseCase.Item> items);

    /** The job, to its creator or an admin; 404 for anyone else. */
    JobView get(Principal caller, String id);

    /**
     * @param status Pending, Running, Success, Failed or Canceled
     * @param results per item when done: status, stored, id and message; null before
     */
    record JobView(String id, String type, String status, int total, int processed, int succeeded, int failed,
            LocalDateTime createdAt, LocalDateTime finishedAt, List<Map<String, Object>> results) {
    }
}
