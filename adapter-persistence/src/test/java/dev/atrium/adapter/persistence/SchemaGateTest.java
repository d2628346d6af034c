package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** On H2 a schema change and the writers take the write lock and the gate in the same order. */
class SchemaGateTest {

    private final H2WriteLock lock = new H2WriteLock(5);
    private final SchemaGate gate = new SchemaGate(lock);

    /**
     * A writer holds the write lock when a schema change that writes begins; the change waits for the writer's
     * unit of work instead of closing the gate in front of it and then waiting for its lock (which held both
     * until the lock's wait ran out: a field's deletion under traffic answered only after a minute).
     */
    @Test
    void aSchemaChangeBegunWhileAWriterHoldsTheLockRunsAfterTheWriter() throws Exception {
        lock.acquire();
        CountDownLatch changed = new CountDownLatch(1);
        Thread change = new Thread(() -> {
            gate.exclusive(() -> {
                lock.acquire(); // the DDL's statement, as H2SerialWrites takes the lock for it
                lock.release();
                return null;
            });
            changed.countDown();
        });
        change.start();
        awaitBlocked(change);

        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            gate.enter();
            gate.leave();
        });
        writer.get(2, TimeUnit.SECONDS);
        lock.release();

        assertThat(changed.await(2, TimeUnit.SECONDS)).as("the change ran once the writer was done").isTrue();
    }

    @Test
    void aChangeWaitsForTheUnitsOfWorkInProgressAndTheOnesAfterItWaitForTheChange() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            gate.enter();
            inside.countDown();
            await(leave);
            gate.leave();
        });
        assertThat(inside.await(2, TimeUnit.SECONDS)).isTrue();
        StringBuilder order = new StringBuilder();
        Thread change = new Thread(() -> gate.exclusive(() -> order.append("change;")));
        change.start();
        awaitBlocked(change);
        Thread later = new Thread(() -> {
            gate.enter();
            synchronized (order) {
                order.append("later;");
            }
            gate.leave();
        });
        later.start();
        awaitBlocked(later);

        assertThat(order).isEmpty();
        leave.countDown();
        reader.get(2, TimeUnit.SECONDS);
        change.join(2000);
        later.join(2000);
        assertThat(order.toString()).isEqualTo("change;later;");
    }

    @Test
    void anOpenGateNeverWaits() {
        SchemaGate open = SchemaGate.open();
        open.enter();
        assertThat(open.exclusive(() -> "ran")).isEqualTo("ran");
        open.leave();
    }

    private static void awaitBlocked(Thread thread) throws InterruptedException {
        for (int i = 0; i < 200 && thread.getState() != Thread.State.WAITING
                && thread.getState() != Thread.State.TIMED_WAITING; i++) {
            Thread.sleep(10);
        }
        assertThat(thread.getState()).as("the thread waits").isIn(Thread.State.WAITING, Thread.State.TIMED_WAITING);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
