package dev.atrium.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.atrium.application.port.out.VersionCounters;
import dev.atrium.application.testing.MutableClock;

class SecurityCacheTest {

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
    private final AtomicLong version = new AtomicLong(7);
    private final SecurityVersionWatch watch = new SecurityVersionWatch(new VersionCounters() {
        @Override
        public void increment(String name) {
            version.incrementAndGet();
        }

        @Override
        public long incrementAndRead(String name) {
            return version.incrementAndGet();
        }

        @Override
        public long read(String name) {
            return version.get();
        }
    }, clock);
    private final SecurityCache<String, String> cache = new SecurityCache<>(watch, clock, Duration.ofMinutes(1));

    @Test
    void nothingIsServedBeforeTheVersionWasFirstRead() {
        cache.put("token", "alice", cache.generation());

        assertThat(cache.get("token")).isEmpty();
        watch.poll();
        cache.put("token", "alice", cache.generation());
        assertThat(cache.get("token")).contains("alice");
    }

    @Test
    void aVersionMovedByAnotherNodeDropsEverythingAtTheNextPoll() {
        watch.poll();
        cache.put("token", "alice", cache.generation());
        watch.poll();
        assertThat(cache.get("token")).as("the version did not move").contains("alice");

        version.incrementAndGet();
        watch.poll();

        assertThat(cache.get("token")).isEmpty();
    }

    @Test
    void whenTheVersionCannotBeReadTheCacheIsNotTrustedAfterOneAndAHalfSeconds() {
        watch.poll();
        cache.put("token", "alice", cache.generation());

        clock.advance(Duration.ofMillis(1400));
        assertThat(cache.get("token")).contains("alice");
        clock.advance(Duration.ofMillis(200));
        assertThat(cache.get("token")).isEmpty();

        watch.poll();
        assertThat(cache.get("token")).as("trusted again once read").contains("alice");
    }

    @Test
    void aLoadThatRacedWithADropIsNotKept() {
        watch.poll();
        long loadStarted = cache.generation();

        cache.drop((key, value) -> key.equals("other"));
        cache.put("token", "alice as she was before the change", loadStarted);

        assertThat(cache.get("token")).isEmpty();
    }

    @Test
    void aDropTakesOnlyWhatItNames() {
        watch.poll();
        cache.put("alice-token", "alice", cache.generation());
        cache.put("bob-token", "bob", cache.generation());

        cache.drop((key, value) -> value.equals("alice"));

        assertThat(cache.get("alice-token")).isEmpty();
        assertThat(cache.get("bob-token")).contains("bob");
    }

    @Test
    void anEntryEndsAfterItsLifetime() {
        watch.poll();
        cache.put("token", "alice", cache.generation());

        clock.advance(Duration.ofSeconds(61));
        watch.poll();

        assertThat(cache.get("token")).isEmpty();
    }
}
