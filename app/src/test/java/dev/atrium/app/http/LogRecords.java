package dev.atrium.app.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The java.util.logging records of one logger and its children while open, for tests of what is logged. */
public final class LogRecords extends Handler implements AutoCloseable {

    private final Logger logger;
    private final Level previous;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogRecords(Logger logger) {
        this.logger = logger;
        this.previous = logger.getLevel();
    }

    /** @param level the finest level to record; the logger is set to it while open */
    public static LogRecords capture(String loggerName, Level level) {
        LogRecords handler = new LogRecords(Logger.getLogger(loggerName));
        handler.setLevel(level);
        handler.logger.setLevel(level);
        handler.logger.addHandler(handler);
        return handler;
    }

    public List<LogRecord> all() {
        return List.copyOf(records);
    }

    /** The first record that matches, waiting up to 10 seconds for it. */
    public LogRecord await(Predicate<LogRecord> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (LogRecord record : records) {
                if (wanted.test(record)) {
                    return record;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such log record within 10 s; logged: " + records.stream()
                .map(record -> record.getLevel() + " " + record.getMessage()).toList());
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            records.add(record);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previous);
    }
}
