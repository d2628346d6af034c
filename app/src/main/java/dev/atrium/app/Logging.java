package dev.atrium.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

import org.slf4j.LoggerFactory;

/** One line per log record on the console, unless the operator configured java.util.logging. */
final class Logging {

    /** Not attached to any logger, so that java.util.logging's own shutdown hook, which resets those, leaves it. */
    private static volatile StreamHandler shutdownConsole;

    private Logging() {
    }

    /** Logs a line from a shutdown hook, where a plain logger may already have lost its handlers. */
    static void atShutdown(Class<?> source, String message) {
        StreamHandler console = shutdownConsole;
        if (console == null) {
            LoggerFactory.getLogger(source).info(message);
            return;
        }
        LogRecord record = new LogRecord(Level.INFO, message);
        record.setLoggerName(source.getName());
        console.publish(record);
        console.flush();
    }

    static void configureConsole() {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return;
        }
        try (InputStream in = Logging.class.getResourceAsStream("/atrium-logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
                shutdownConsole = new StreamHandler(System.err, new SimpleFormatter());
            }
        } catch (IOException e) {
            System.err.println("Logging configuration could not be read: " + e.getMessage());
        }
    }
}
