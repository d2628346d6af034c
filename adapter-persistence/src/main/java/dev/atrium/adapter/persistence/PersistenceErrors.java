package dev.atrium.adapter.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.PessimisticLockException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

import dev.atrium.application.port.out.ConcurrentWriteException;
import dev.atrium.application.port.out.DatabaseUnavailableException;
import dev.atrium.application.port.out.DuplicateKeyException;

/** Turns database failures the core must understand into its exceptions. */
final class PersistenceErrors {

    /** PostgreSQL's states for a server that is shutting down, crashed or still starting. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private static final int MARIADB_DUPLICATE = 1062;
    private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;
    private static final int H2_LOCK_TIMEOUT = 50200;

    private PersistenceErrors() {
    }

    static RuntimeException translate(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException || cause instanceof DatabaseUnavailableException
                    || cause instanceof ConcurrentWriteException) {
                return (RuntimeException) cause;
            }
            if (cause instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return new DuplicateKeyException("unique constraint " + violation.getConstraintName() + " violated", e);
            }
            if (cause instanceof SQLException sql && isDuplicate(sql)) {
                return new DuplicateKeyException("unique key violated: " + rootMessage(sql), e);
            }
            if (cause instanceof LockAcquisitionException || cause instanceof PessimisticLockException
                    || cause instanceof SQLException sql && isContention(sql)) {
                return new ConcurrentWriteException("write conflict: " + rootMessage(cause), e);
            }
            if (isConnectionFailure(cause)) {
                return new DatabaseUnavailableException("database unavailable: " + rootMessage(cause), e);
            }
        }
        return e;
    }

    /** A unique index refused the row: SQLState 23505 (PostgreSQL, H2) or MariaDB's error 1062. */
    private static boolean isDuplicate(SQLException e) {
        return "23505".equals(e.getSQLState()) || e.getErrorCode() == MARIADB_DUPLICATE && "23000".equals(e.getSQLState());
    }

    /**
     * Another transaction was in the way: a serialization failure or deadlock (40001, PostgreSQL's
     * 40P01), a lock wait that timed out (H2's HYT00 and 50200, MariaDB's 1205).
     */
    private static boolean isContention(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state)
                || e.getErrorCode() == H2_LOCK_TIMEOUT || e.getErrorCode() == MARIADB_LOCK_WAIT_TIMEOUT;
    }

    /**
     * The driver's own words ("Connection refused"): the innermost message among the causes and next
     * exceptions, as an outer batch failure repeats the statement with its values.
     */
    private static String rootMessage(Throwable failure) {
        String message = failure.getMessage();
        for (Throwable inner = failure; inner != null; ) {
            message = inner.getMessage() != null ? inner.getMessage() : message;
            inner = inner.getCause() != null && inner.getCause() != inner ? inner.getCause()
                    : inner instanceof SQLException sql ? sql.getNextException() : null;
        }
        return message;
    }

    /**
     * No connection could be had within the pool's timeout, or the one in use broke: SQL state class
     * 08 (connection exception), the JDBC connection exception types, or the server going away.
     */
    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }
}
