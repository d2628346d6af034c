package dev.atrium.application.port.out;

/**
 * The database did not answer in time or dropped the connection; the unit of work was rolled back
 * and the same request may succeed once the database is back.
 */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
