package dev.atrium.adapter.persistence;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.atrium.application.port.out.ConcurrentWriteException;

/**
 * On H2, one writing transaction at a time in this JVM (ADR 17). H2 stores its whole file when any
 * transaction commits, with what other connections have half done at that moment; a SIGKILL after
 * such a store leaves part of an unfinished transaction behind. With writers taking turns, every store
 * holds whole transactions only.
 *
 * <p>A thread that holds the lock may take it again (a nested unit of work, a second connection on the
 * same thread); each {@link #acquire} is undone by one {@link #release}, which may come from another
 * thread. Waiters are served in order, so a long upsert lets the others in between its rounds.
 */
final class H2WriteLock {

    /** Shared by every H2 database of the JVM: two pools on one file must take turns as well. */
    static final H2WriteLock JVM = new H2WriteLock(60);

    private final Semaphore turn = new Semaphore(1, true);
    private final long waitSeconds;
    private Thread owner;
    private int holds;

    H2WriteLock(long waitSeconds) {
        this.waitSeconds = waitSeconds;
    }

    /** @throws ConcurrentWriteException when the writers before it did not finish within the wait */
    void acquire() {
        synchronized (this) {
            if (owner == Thread.currentThread()) {
                holds++;
                return;
            }
        }
        try {
            if (!turn.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
                throw new ConcurrentWriteException("waited " + waitSeconds + " s for the other writers on H2", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentWriteException("interrupted while waiting for the other writers on H2", e);
        }
        synchronized (this) {
            owner = Thread.currentThread();
            holds = 1;
        }
    }

    synchronized void release() {
        if (holds == 0) {
            throw new IllegalStateException("the H2 write lock is not held");
        }
        if (--holds == 0) {
            owner = null;
            turn.release();
        }
    }

    /** Whether the calling thread holds the lock. */
    synchronized boolean heldByCurrentThread() {
        return owner == Thread.currentThread();
    }
}
