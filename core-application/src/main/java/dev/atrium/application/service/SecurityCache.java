package dev.atrium.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * A node's cache of security state (tokens, access policies). Every drop starts a new generation,
 * and a value loaded during an older one is not kept: a load that read the database just before a
 * change committed cannot put the old state back after the change dropped it. Nothing is served
 * while the {@link SecurityVersionWatch} has not confirmed lately that no other node changed anything.
 */
final class SecurityCache<K, V> {

    private static final int MAX_ENTRIES = 100_000;

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final SecurityVersionWatch watch;
    private final Clock clock;
    private final Duration lifetime;
    private volatile long generation;

    /** @param lifetime how long an entry lives at most, for what it holds beyond rights (a token's last access) */
    SecurityCache(SecurityVersionWatch watch, Clock clock, Duration lifetime) {
        this.watch = watch;
        this.clock = clock;
        this.lifetime = lifetime;
        watch.onChange(this::dropAll);
    }

    Optional<V> get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null || !entry.until().isAfter(clock.instant()) || !watch.trusted()) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** The generation to pass to {@link #put}, taken before loading. */
    long generation() {
        return generation;
    }

    /** Keeps the value unless something was dropped since {@code loadedIn}. */
    synchronized void put(K key, V value, long loadedIn) {
        if (loadedIn != generation) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, clock.instant().plus(lifetime)));
    }

    synchronized void drop(BiPredicate<K, V> stale) {
        generation++;
        entries.entrySet().removeIf(entry -> stale.test(entry.getKey(), entry.getValue().value()));
    }

    synchronized void dropAll() {
        generation++;
        entries.clear();
    }

    private record Entry<V>(V value, Instant until) {
    }
}
