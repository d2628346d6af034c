package dev.atrium.adapter.persistence;

import org.hibernate.exception.ConstraintViolationException;

import dev.atrium.application.port.out.DuplicateKeyException;

/** Turns database failures the core must understand into its exceptions. */
final class PersistenceErrors {

    private PersistenceErrors() {
    }

    static RuntimeException translate(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException duplicate) {
                return duplicate;
            }
            if (cause instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return new DuplicateKeyException("unique constraint " + violation.getConstraintName() + " violated", e);
            }
        }
        return e;
    }
}
