package dev.atrium.application.port.in;

import java.util.Optional;

import dev.atrium.domain.security.Principal;

/**
 * Requests sent with an {@code Idempotency-Key}: the first is run and its answer kept for a day; a
 * repeat with the same key and body gets the same answer without running again.
 */
public interface IdempotencyUseCase {

    /**
     * @return the kept answer for a repeat; empty when the request is new, and the key is now claimed for it
     * @throws dev.atrium.domain.DomainException CONFLICT when the key came with another body, or its
     *     first request is still running
     */
    Optional<Answer> claim(Principal caller, String key, String requestDigest);

    void remember(Principal caller, String key, Answer answer);

    /** Gives the key up after a request that could not be answered, so a retry runs it. */
    void release(Principal caller, String key);

    record Answer(int status, String body) {
    }
}
