package dev.atrium.application.testing;

import java.util.function.Supplier;

import dev.atrium.application.port.out.UnitOfWork;

/**
 * Transactions over an {@link InMemoryRecordRepository}: the outermost call snapshots the stored
 * records and restores them when the work throws; nested calls join it. A read-only unit of work
 * that writes fails, and the repository refuses to be used outside any unit of work, as the
 * database adapter does.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

    private final InMemoryRecordRepository repository;
    private int depth;
    private int committed;
    private int rolledBack;

    public InMemoryUnitOfWork(InMemoryRecordRepository repository) {
        this.repository = repository;
        repository.requireUnitOfWork(this::isActive);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return run(work, false);
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return run(work, true);
    }

    public boolean isActive() {
        return depth > 0;
    }

    /** How many outermost units of work ended normally. */
    public int committed() {
        return committed;
    }

    /** How many outermost units of work threw and were undone. */
    public int rolledBack() {
        return rolledBack;
    }

    private synchronized <T> T run(Supplier<T> work, boolean readOnly) {
        if (depth > 0) {
            return work.get();
        }
        InMemoryRecordRepository.Snapshot before = repository.snapshot();
        depth++;
        try {
            T result = work.get();
            if (readOnly && !repository.snapshot().equals(before)) {
                throw new IllegalStateException("a read-only unit of work wrote to the repository");
            }
            committed++;
            return result;
        } catch (RuntimeException | Error e) {
            repository.restore(before);
            rolledBack++;
            throw e;
        } finally {
            depth--;
        }
    }
}
