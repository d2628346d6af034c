package dev.atrium.application.port.out;

/**
 * The database gave up on a write because another transaction held what it needed (a deadlock, a
 * serialization failure or a lock wait that timed out); the same work may well succeed when run again.
 */
public class ConcurrentWriteException extends RuntimeException {

    public ConcurrentWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
