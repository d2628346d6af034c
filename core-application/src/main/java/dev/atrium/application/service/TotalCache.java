package dev.atrium.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import dev.atrium.domain.query.Condition;

/**
 * The totals of lists, kept per entity and where clause for {@link #TTL} and dropped whenever a write
 * commits on this node: a count costs what the database needs to visit every match (a second and more
 * at a million rows), and AtroCore clients ask for one with every page. Requests that need the same
 * total while it is being counted wait for that count instead of starting their own. Another node's
 * writes show here within {@link #TTL}. See ADR 0013.
 */
final class TotalCache {

    static final Duration TTL = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 10_000;

    private final Clock clock;
    private final AtomicLong writes = new AtomicLong();
    private final Map<Key, Entry> totals = new ConcurrentHashMap<>();

    TotalCache(Clock clock) {
        this.clock = clock;
    }

    /** The total of {@code where} over the entity, counted by {@code count} unless a fresh one is kept. */
    long total(String entity, long catalogVersion, Condition where, LongSupplier count) {
        Key key = new Key(entity, catalogVersion, where);
        long generation = writes.get();
        Instant now = clock.instant();
        Entry fresh = new Entry(generation, now.plus(TTL), new CompletableFuture<>());
        Entry kept = totals.compute(key, (ignored, old) -> old != null && old.isValid(generation, now) ? old : fresh);
        if (kept != fresh) {
            try {
                return kept.total().join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        if (totals.size() > MAX_ENTRIES) {
            totals.keySet().removeIf(other -> !other.equals(key));
        }
        try {
            long total = count.getAsLong();
            fresh.total().complete(total);
            return total;
        } catch (RuntimeException | Error e) {
            totals.remove(key, fresh);
            fresh.total().completeExceptionally(e);
            throw e;
        }
    }

    /** A write committed: no kept total can be trusted any more, whatever entities it touched. */
    void forget() {
        writes.incrementAndGet();
        totals.clear();
    }

    private record Key(String entity, long catalogVersion, Condition where) {
    }

    /** @param generation the number of writes seen when the count started: a later write voids it */
    private record Entry(long generation, Instant until, CompletableFuture<Long> total) {

        boolean isValid(long currentGeneration, Instant now) {
            return generation == currentGeneration && until.isAfter(now)
                    && !total.isCompletedExceptionally();
        }
    }
}
