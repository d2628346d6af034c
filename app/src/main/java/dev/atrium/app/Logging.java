package dev.atrium.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;

/** One line per log record on the console, unless the operator configured java.util.logging. */
final class Logging {

    private Logging() {
    }

    static void configureConsole() {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return;
        }
        try (InputStream in = Logging.class.getResourceAsStream("/atrium-logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            System.err.println("Logging configuration could not be read: " + e.getMessage());
        }
    }
}
