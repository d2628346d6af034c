package dev.atrium.application.service;

/** The set of modules cannot be loaded; start-up stops with this message. */
public class ModuleException extends RuntimeException {

    public ModuleException(String message) {
        super(message);
    }

    public ModuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
