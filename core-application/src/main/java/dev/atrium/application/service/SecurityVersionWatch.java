package dev.atrium.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.atrium.application.port.out.VersionCounters;

/**
 * Follows the security version, which every write to users, tokens, roles and teams increments in
 * its own transaction (see {@link SecurityVersionedRepository}). {@link #poll} runs every
 * {@link #POLL}; when the version moved, the token and access caches of this node forget everything.
 * When the version could not be read for {@link #TRUST}, the caches are not used at all, so a node
 * cut off from the news never serves a right that another node has taken away.
 */
public final class SecurityVersionWatch {

    public static final String COUNTER = "security";
    public static final Duration POLL = Duration.ofMillis(500);
    static final Duration TRUST = Duration.ofMillis(1500);

    private final VersionCounters counters;
    private final Clock clock;
    private final List<Runnable> onChange = new CopyOnWriteArrayList<>();
    private volatile Instant trustedUntil;
    private long seen = -1;

    public SecurityVersionWatch(VersionCounters counters, Clock clock) {
        this(counters, clock, Instant.MIN);
    }

    private SecurityVersionWatch(VersionCounters counters, Clock clock, Instant trustedUntil) {
        this.counters = counters;
        this.clock = clock;
        this.trustedUntil = trustedUntil;
    }

    /** For a node that shares its database with no other (tests of the core): its caches are always trusted. */
    public static SecurityVersionWatch alone() {
        return new SecurityVersionWatch(null, Clock.systemUTC(), Instant.MAX);
    }

    /** Registers what forgets everything it cached when another node changed users, tokens or roles. */
    void onChange(Runnable forget) {
        onChange.add(forget);
    }

    /** Reads the version; when it moved since the last read, tells the caches to forget. */
    public synchronized void poll() {
        Instant started = clock.instant();
        long version = counters.read(COUNTER);
        if (version != seen) {
            onChange.forEach(Runnable::run);
            seen = version;
        }
        trustedUntil = started.plus(TRUST);
    }

    /** Whether the version was read lately enough for cached security state to be used. */
    boolean trusted() {
        return clock.instant().isBefore(trustedUntil);
    }
}
