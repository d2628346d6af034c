package dev.atrium.app;

/** Atrium cannot start; the message says why in one line (which module file, which setting). */
public class StartupException extends RuntimeException {

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
