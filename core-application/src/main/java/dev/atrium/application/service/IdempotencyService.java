package dev.atrium.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import dev.atrium.application.port.in.IdempotencyUseCase;
import dev.atrium.application.port.out.IdempotencyStore;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.security.Principal;

/** Keeps the answers of idempotent requests for {@link #KEEP}, per user and key. */
public final class IdempotencyService implements IdempotencyUseCase {

    public static final Duration KEEP = Duration.ofHours(24);
    private static final int MAX_KEY = 200;

    private final IdempotencyStore store;
    private final Clock clock;

    public IdempotencyService(IdempotencyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Optional<Answer> claim(Principal caller, String key, String requestDigest) {
        if (key.isBlank() || key.length() > MAX_KEY) {
            throw DomainException.invalid("'Idempotency-Key' must be 1 to " + MAX_KEY + " characters.");
        }
        LocalDateTime now = now();
        store.expire(now.minus(KEEP));
        Optional<IdempotencyStore.Entry> existing = store.claim(caller.userId(), key, requestDigest, now);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        IdempotencyStore.Entry entry = existing.get();
        if (!entry.requestDigest().equals(requestDigest)) {
            throw new DomainException(DomainException.Kind.CONFLICT,
                    "This Idempotency-Key was used with another request body.");
        }
        if (entry.status() == null) {
            throw new DomainException(DomainException.Kind.CONFLICT,
                    "The request with this Idempotency-Key is still running; repeat it when it is done.");
        }
        return Optional.of(new Answer(entry.status(), entry.response()));
    }

    @Override
    public void remember(Principal caller, String key, Answer answer) {
        store.answer(caller.userId(), key, answer.status(), answer.body());
    }

    @Override
    public void release(Principal caller, String key) {
        store.release(caller.userId(), key);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
