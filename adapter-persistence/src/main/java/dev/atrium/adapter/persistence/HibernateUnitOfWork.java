package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.Transaction;

import dev.atrium.application.port.out.UnitOfWork;

/**
 * One Hibernate session and transaction per unit of work, bound to the calling thread so that the
 * repository joins it. A nested call joins the outer unit of work. Where switching a connection to
 * autocommit costs nothing (PostgreSQL, H2), read-only work runs without a transaction: on PostgreSQL
 * a transaction costs a COMMIT round trip of its own, and at READ COMMITTED each statement reads its
 * own snapshot either way. MariaDB sends the switch to the server, so reads keep their transaction there.
 * On H2 a writing unit of work takes {@link H2WriteLock} before its connection and keeps it to the end.
 */
final class HibernateUnitOfWork implements UnitOfWork {

    /**
     * An upsert round of this many products with their category links stays well within H2's write buffer
     * (19 MB of page memory at most, less with a heap under 300 MB), also while its commit marks every
     * change committed; a round of 1,000 outgrew it (ADR 17).
     */
    static final int H2_RECORDS_PER_TRANSACTION = 250;

    private final SessionFactories sessionFactories;
    private final boolean readsInAutocommit;
    private final H2WriteLock writeLock;
    private final ThreadLocal<Session> current = new ThreadLocal<>();
    private final SchemaGate gate;

    HibernateUnitOfWork(SessionFactories sessionFactories, DatabaseKind kind) {
        this(sessionFactories, kind, new SchemaGate(kind));
    }

    /** @param gate keeps this work and schema changes apart where the database needs it (H2) */
    HibernateUnitOfWork(SessionFactories sessionFactories, DatabaseKind kind, SchemaGate gate) {
        this.gate = gate;
        this.sessionFactories = sessionFactories;
        this.readsInAutocommit = kind != DatabaseKind.MARIADB;
        this.writeLock = kind == DatabaseKind.H2 ? H2WriteLock.JVM : null;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return run(work, false);
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return run(work, true);
    }

    @Override
    public int recordsPerTransaction() {
        return writeLock == null ? UnitOfWork.super.recordsPerTransaction() : H2_RECORDS_PER_TRANSACTION;
    }

    private <T> T run(Supplier<T> work, boolean readOnly) {
        if (current.get() != null) {
            return work.get();
        }
        if (readOnly && readsInAutocommit) {
            return gated(() -> readInAutocommit(work));
        }
        if (readOnly || writeLock == null) {
            return gated(() -> inSession(work, readOnly));
        }
        // the write lock first: a schema change holding it waits at the gate for the work inside only
        writeLock.acquire();
        try {
            return gated(() -> inSession(work, false));
        } finally {
            writeLock.release();
        }
    }

    private <T> T gated(Supplier<T> work) {
        gate.enter();
        try {
            return work.get();
        } finally {
            gate.leave();
        }
    }

    private <T> T inSession(Supplier<T> work, boolean readOnly) {
        try (SessionFactories.Lease lease = sessionFactories.lease(); Session session = lease.factory().openSession()) {
            if (readOnly) {
                session.setDefaultReadOnly(true);
                session.setHibernateFlushMode(FlushMode.MANUAL);
            }
            current.set(session);
            Transaction transaction = session.beginTransaction();
            try {
                T result = work.get();
                transaction.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(transaction, e);
                throw e;
            }
        } catch (RuntimeException e) {
            throw PersistenceErrors.translate(e);
        } finally {
            current.remove();
        }
    }

    private <T> T readInAutocommit(Supplier<T> work) {
        try (SessionFactories.Lease lease = sessionFactories.lease();
             Connection connection = sessionFactories.dataSource().getConnection()) {
            connection.setAutoCommit(true);
            try (Session session = lease.factory().withOptions().connection(connection).openSession()) {
                session.setDefaultReadOnly(true);
                session.setHibernateFlushMode(FlushMode.MANUAL);
                current.set(session);
                return work.get();
            }
        } catch (SQLException e) {
            throw PersistenceErrors.translate(new IllegalStateException(e.getMessage(), e));
        } catch (RuntimeException e) {
            throw PersistenceErrors.translate(e);
        } finally {
            current.remove();
        }
    }

    /**
     * A rollback that fails, because the connection is gone (the database then rolls back itself),
     * must not hide why the work failed.
     */
    private static void rollback(Transaction transaction, Throwable failure) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /** The session of the unit of work running on this thread. */
    Session session() {
        Session session = current.get();
        if (session == null) {
            throw new IllegalStateException("repository used outside a unit of work");
        }
        return session;
    }
}
