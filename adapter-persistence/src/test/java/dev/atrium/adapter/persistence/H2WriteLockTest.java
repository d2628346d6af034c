package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import dev.atrium.application.port.out.ConcurrentWriteException;

/** The H2 write lock is reentrant on its thread, exclusive across threads, and may be given back from anywhere. */
class H2WriteLockTest {

    private final H2WriteLock lock = new H2WriteLock(0);

    @Test
    void theHoldingThreadTakesItAgainAndEachTakeIsGivenBackOnce() {
        lock.acquire();
        lock.acquire();
        lock.release();

        assertThat(lock.heldByCurrentThread()).isTrue();
        assertThatThrownBy(() -> CompletableFuture.runAsync(lock::acquire).join())
                .hasCauseInstanceOf(ConcurrentWriteException.class);

        lock.release();
        assertThat(lock.heldByCurrentThread()).isFalse();
        CompletableFuture.runAsync(() -> {
            lock.acquire();
            lock.release();
        }).join();
    }

    @Test
    void aTurnTakenOnOneThreadMayEndOnAnother() {
        lock.acquire();
        CompletableFuture.runAsync(lock::release).join();

        CompletableFuture.runAsync(lock::acquire).join();
        assertThat(lock.heldByCurrentThread()).isFalse();
        lock.release();
        lock.acquire();
        lock.release();
    }

    @Test
    void givingBackWhatNobodyHoldsIsABug() {
        assertThatThrownBy(lock::release).isInstanceOf(IllegalStateException.class);
    }
}
