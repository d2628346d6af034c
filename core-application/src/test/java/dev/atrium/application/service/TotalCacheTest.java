package dev.atrium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.atrium.application.testing.MutableClock;
import dev.atrium.domain.query.Condition;

class TotalCacheTest {

    private static final Condition DRAFTS = new Condition.Compare("status", Condition.Operator.EQUALS, "draft");

    private final MutableClock clock = MutableClock.at("2026-11-28T12:00:00Z");
    private final TotalCache totals = new TotalCache(clock);
    private final AtomicInteger counts = new AtomicInteger();

    @Test
    void aTotalIsCountedOncePerWhereClauseWhileNothingIsWritten() {
        assertThat(total(DRAFTS, 7)).isEqualTo(7);
        assertThat(total(DRAFTS, 8)).isEqualTo(7);
        assertThat(total(Condition.TRUE, 20)).isEqualTo(20);
        assertThat(totals.total("Product", 2, DRAFTS, () -> 9)).as("another catalog version").isEqualTo(9);

        assertThat(counts).hasValue(2);
    }

    @Test
    void aWriteOrTheTimeToLiveEndsEveryKeptTotal() {
        total(DRAFTS, 7);
        totals.forget();
        assertThat(total(DRAFTS, 8)).isEqualTo(8);

        clock.advance(TotalCache.TTL);
        assertThat(total(DRAFTS, 9)).isEqualTo(9);
    }

    @Test
    void aFailedCountIsNotKept() {
        assertThatThrownBy(() -> totals.total("Product", 1, DRAFTS, () -> {
            throw new IllegalStateException("database away");
        })).hasMessage("database away");

        assertThat(total(DRAFTS, 3)).isEqualTo(3);
    }

    private long total(Condition where, long value) {
        return totals.total("Product", 1, where, () -> {
            counts.incrementAndGet();
            return value;
        });
    }
}
