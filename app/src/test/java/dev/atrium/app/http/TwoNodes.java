package dev.atrium.app.http;

import java.util.Map;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.TestDatabase;

/** Two Atrium nodes on one fresh PostgreSQL database, as a load balancer would see them. */
record TwoNodes(RunningAtrium a, RunningAtrium b) implements AutoCloseable {

    /** Whether {@code ATRIUM_TEST_DATABASES} lists postgresql, for {@code @EnabledIf}. */
    static boolean postgresqlListed() {
        return TestDatabase.enabled(DatabaseKind.POSTGRESQL);
    }

    static TwoNodes start() {
        RunningAtrium a = RunningAtrium.start(DatabaseKind.POSTGRESQL, Map.of("ATRIUM_DB_POOL_SIZE", "12"));
        try {
            return new TwoNodes(a, a.beside());
        } catch (RuntimeException e) {
            a.close();
            throw e;
        }
    }

    /** Node A for even numbers, node B for odd ones: requests spread over both. */
    RunningAtrium byTurn(int n) {
        return n % 2 == 0 ? a : b;
    }

    @Override
    public void close() {
        try {
            b.close();
        } finally {
            a.close();
        }
    }
}
