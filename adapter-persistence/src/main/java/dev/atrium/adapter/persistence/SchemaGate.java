package dev.atrium.adapter.persistence;

import java.util.function.Supplier;

/**
 * On H2, keeps schema changes and other work apart: H2 adds a column by copying the table, and a statement
 * that meets the table mid-copy finds it missing, closed or empty. A schema change closes the gate, waits
 * for the units of work in progress (but the one it runs in) to end, runs, and opens the gate again; units
 * of work that start meanwhile wait. On PostgreSQL and MariaDB the gate is always open: their DDL waits for
 * locks itself (ADR 15).
 *
 * <p>A schema change writes, so on H2 it takes the {@link H2WriteLock} before it closes the gate, as a writing
 * unit of work does before it enters: a writer holding the lock and waiting at the closed gate, while the
 * change inside waited for the lock, held both for the lock's whole wait.
 */
final class SchemaGate {

    private final H2WriteLock writeLock;
    private final ThreadLocal<Boolean> inside = new ThreadLocal<>();
    private int active;
    private boolean closed;

    SchemaGate(DatabaseKind kind) {
        this(kind == DatabaseKind.H2 ? H2WriteLock.JVM : null);
    }

    /** @param writeLock the lock writers take before they enter; null for a gate that never closes */
    SchemaGate(H2WriteLock writeLock) {
        this.writeLock = writeLock;
    }

    /** A gate that never closes: for storage whose schema no one changes while it is used. */
    static SchemaGate open() {
        return new SchemaGate((H2WriteLock) null);
    }

    /** Called when an outermost unit of work starts; waits while a schema change runs. */
    void enter() {
        if (writeLock == null) {
            return;
        }
        synchronized (this) {
            while (closed) {
                await();
            }
            active++;
        }
        inside.set(true);
    }

    void leave() {
        if (writeLock == null || inside.get() == null) {
            return;
        }
        inside.remove();
        synchronized (this) {
            active--;
            notifyAll();
        }
    }

    /** Runs a schema change with no other unit of work in progress. */
    <T> T exclusive(Supplier<T> change) {
        if (writeLock == null) {
            return change.get();
        }
        writeLock.acquire();
        try {
            return closedFor(change);
        } finally {
            writeLock.release();
        }
    }

    private <T> T closedFor(Supplier<T> change) {
        synchronized (this) {
            while (closed) {
                await();
            }
            closed = true;
            int own = inside.get() != null ? 1 : 0;
            while (active > own) {
                await();
            }
        }
        try {
            return change.get();
        } finally {
            synchronized (this) {
                closed = false;
                notifyAll();
            }
        }
    }

    private void await() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a schema change", e);
        }
    }
}
