package dev.atrium.adapter.persistence;

import java.util.function.Supplier;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.Transaction;

import dev.atrium.application.port.out.UnitOfWork;

/**
 * One Hibernate session and transaction per unit of work, bound to the calling thread so that the
 * repository joins it. A nested call joins the outer unit of work.
 */
final class HibernateUnitOfWork implements UnitOfWork {

    private final SessionFactories sessionFactories;
    private final ThreadLocal<Session> current = new ThreadLocal<>();

    HibernateUnitOfWork(SessionFactories sessionFactories) {
        this.sessionFactories = sessionFactories;
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
        try (Session session = sessionFactories.current().openSession()) {
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
