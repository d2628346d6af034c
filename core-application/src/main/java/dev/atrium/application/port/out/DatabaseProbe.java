package dev.atrium.application.port.out;

/** Asks the database for a sign of life. */
public interface DatabaseProbe {

    /** @throws RuntimeException with the reason, when the database does not answer in time */
    void ping();

    /** A short description of the database for logs, with no credentials. */
    String describe();
}
