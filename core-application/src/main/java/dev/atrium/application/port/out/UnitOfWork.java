package dev.atrium.application.port.out;

import java.util.function.Supplier;

/** Runs work in one transaction: all of it is written, or none of it. */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    /** Runs work that only reads; an adapter may skip flushing and use a read-only connection. */
    default <T> T readOnly(Supplier<T> work) {
        return inTransaction(work);
    }

    /**
     * How many records work that may be cut into several transactions (the rounds of an upsert) writes in
     * one at most. H2 stores a transaction that outgrows its write buffer before it commits, so it asks for
     * fewer than the other databases (ADR 17).
     */
    default int recordsPerTransaction() {
        return 1000;
    }
}
