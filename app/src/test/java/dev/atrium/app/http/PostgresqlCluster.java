package dev.atrium.app.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Stops and starts the local PostgreSQL cluster, the way CI runs it (Debian's {@code pg_ctlcluster}).
 * Stopping ends every session on the server, so only the outage test, run alone, may use it.
 */
final class PostgresqlCluster {

    private static final String CONTROL =
            "pg_ctlcluster --skip-systemctl-redirect \"$(ls /etc/postgresql | head -n 1)\" main ";

    private PostgresqlCluster() {
    }

    /**
     * Stops the cluster as a crash would ({@code -m immediate}): every backend quits at once, so none
     * finishes the work it was waiting to do, and the next start recovers from the log.
     */
    static void stop() throws IOException, InterruptedException {
        String failure = run(CONTROL + "stop -m immediate");
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** Starts the cluster (if it is down) and waits until {@code url} accepts connections again. */
    static void start(String url, String user, String password) throws IOException, InterruptedException {
        String failure = run(CONTROL + "start");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                return;
            } catch (SQLException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL did not come back within 60 s ("
                            + (failure == null ? notYet.getMessage() : failure) + ")");
                }
                Thread.sleep(200);
            }
        }
    }

    /** @return null when the command succeeded, else what it said */
    private static String run(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        return exit == 0 ? null : "'" + command + "' ended with " + exit + ": " + output.strip();
    }
}
