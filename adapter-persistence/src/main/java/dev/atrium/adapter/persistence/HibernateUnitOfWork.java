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
 */
final class HibernateUnitOfWork implements UnitOfWork {

    private final SessionFactories sessionFactories;
    private final boolean readsInAutocommit;
    private final ThreadLocal<Session> current = new ThreadLocal<>();
    /** On H2, work that met a table in the middle of a schema change runs again, a few times (ADR 15). */
    private final boolean retriesMissingTables;
    private static final int H2_ATTEMPTS = 10;
    private static final int H2_TABLE_NOT_FOUND = 42102;
    private static final int H2_TABLE_NOT_FOUND_WITH_CANDIDATES = 42103;
    private static final int H2_CLOSED_UNDER_ALTER = 90098;

    HibernateUnitOfWork(SessionFactories sessionFactories, DatabaseKind kind) {
        this.sessionFactories = sessionFactories;
        this.readsInAutocommit = kind != DatabaseKind.MARIADB;
        this.retriesMissingTables = kind == DatabaseKind.H2;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return run(work, false);
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return run(work, true);
    }

    private <T> T run(Supplier<T> work, boolean readOnly) {
        if (current.get() != null) {
            return work.get();
        }
        if (!retriesMissingTables) {
            return runOnce(work, readOnly);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(work, readOnly);
            } catch (RuntimeException e) {
                if (attempt == H2_ATTEMPTS || !tableMissing(e)) {
                    throw e;
                }
                pause();
            }
        }
    }

    /**
     * H2 adds a column by copying the table under a new name: a statement in between finds no table, or the
     * table it started on closed under it.
     */
    private static boolean tableMissing(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (sql.getErrorCode() == H2_TABLE_NOT_FOUND
                    || sql.getErrorCode() == H2_TABLE_NOT_FOUND_WITH_CANDIDATES
                    || sql.getErrorCode() == H2_CLOSED_UNDER_ALTER)) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private <T> T runOnce(Supplier<T> work, boolean readOnly) {
        if (readOnly && readsInAutocommit) {
            return readInAutocommit(work);
        }
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
