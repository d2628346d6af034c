package dev.atrium.application.port.out;

/** The database refused a write because a unique key would repeat (a race the service's check lost). */
public class DuplicateKeyException extends RuntimeException {

    public DuplicateKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
