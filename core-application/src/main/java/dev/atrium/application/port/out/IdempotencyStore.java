package dev.atrium.application.port.out;

import java.time.LocalDateTime;
import java.util.Optional;

/** Remembers the answers to requests sent with an {@code Idempotency-Key}, for replays within a day. */
public interface IdempotencyStore {

    /** A remembered request: the digest of its body and, once answered, the answer's status and body. */
    record Entry(String requestDigest, Integer status, String response, LocalDateTime createdAt) {
    }

    /**
     * Claims the key for a new request; empty when the key is new (now claimed), otherwise the entry
     * already there (answered, or still in progress when its status is null).
     */
    Optional<Entry> claim(String userId, String key, String requestDigest, LocalDateTime now);

    void answer(String userId, String key, int status, String response);

    /** Forgets the claim of a request that could not be answered, so a retry runs it again. */
    void release(String userId, String key);

    /** Forgets keys older than the given time. */
    void expire(LocalDateTime before);
}
