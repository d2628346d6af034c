package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.TestDatabase;

/**
 * While PostgreSQL is down, requests answer 503 with a reason within the pool's timeout, a write in
 * flight is rolled back, and once it is back Atrium serves again without a restart. Stops the local
 * cluster, so it runs only when PostgreSQL is listed in {@code ATRIUM_TEST_DATABASES}.
 */
class PostgresqlOutageIT {

    private static final Duration POOL_TIMEOUT = Duration.ofSeconds(2);

    @Test
    void answers503WhileTheDatabaseIsDownAndServesAgainWhenItIsBack() throws Exception {
        assumeTrue(TestDatabase.enabled(DatabaseKind.POSTGRESQL), "PostgreSQL is not in ATRIUM_TEST_DATABASES");
        try (RunningAtrium atrium = RunningAtrium.start(DatabaseKind.POSTGRESQL,
                Map.of("ATRIUM_DB_CONNECTION_TIMEOUT_MS", String.valueOf(POOL_TIMEOUT.toMillis())))) {
            ApiClient api = atrium.api();
            String kept = api.post("/api/v1/Brand", Map.of("name", "Kept", "code", "kept")).json().get("id").asText();

            try (Connection blocker = connect(atrium)) {
                CompletableFuture<ApiResponse> inFlight = writeBlockedOnAUniqueCode(api, blocker);
                PostgresqlCluster.stop();
                try {
                    assertUnavailable(inFlight.get(30, TimeUnit.SECONDS));
                    assertAnswersUnavailableInTime(() -> api.get("/api/v1/Brand"));
                    assertAnswersUnavailableInTime(() -> api.post("/api/v1/Brand", Map.of("name", "Lost")));
                    assertThat(api.get("/health").status()).isEqualTo(503);
                } finally {
                    PostgresqlCluster.start(atrium.setting("ATRIUM_DB_URL"), atrium.setting("ATRIUM_DB_USER"),
                            atrium.setting("ATRIUM_DB_PASSWORD"));
                }
            }

            awaitServing(api);
            assertThat(api.get("/api/v1/Brand/" + kept).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/Brand?maxSize=100").json().get("list").findValuesAsText("code"))
                    .as("the write in flight was rolled back").containsExactly("kept");
            assertThat(api.post("/api/v1/Brand", Map.of("name", "After", "code", "in-flight")).status()).isEqualTo(200);
        }
    }

    /**
     * Another transaction holds the unique code uncommitted, so Atrium's insert of the same code has
     * been sent and waits for it when the database goes away.
     */
    private static CompletableFuture<ApiResponse> writeBlockedOnAUniqueCode(ApiClient api, Connection blocker)
            throws SQLException, InterruptedException {
        blocker.setAutoCommit(false);
        try (Statement statement = blocker.createStatement()) {
            statement.executeUpdate("INSERT INTO brand (id, name, code) VALUES ('blocker', 'Blocker', 'in-flight')");
        }
        CompletableFuture<ApiResponse> inFlight = CompletableFuture.supplyAsync(() ->
                api.post("/api/v1/Brand", Map.of("name", "In flight", "code", "in-flight")));
        try (PreparedStatement waiting = blocker.prepareStatement(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))")) {
            for (int attempt = 0; attempt < 100; attempt++) {
                try (ResultSet result = waiting.executeQuery()) {
                    result.next();
                    if (result.getInt(1) > 0) {
                        return inFlight;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("Atrium's insert never waited for the blocking transaction: " + inFlight);
    }

    private static void assertAnswersUnavailableInTime(Supplier<ApiResponse> request) {
        long started = System.nanoTime();
        ApiResponse response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertUnavailable(response);
        assertThat(took).as("answered within the pool timeout and a margin").isLessThan(POOL_TIMEOUT.plusSeconds(3));
    }

    private static void assertUnavailable(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(503);
        assertThat(response.header("X-Status-Reason")).isEqualTo("The database is unavailable; try again later.");
        assertThat(response.json().get("reason").asText()).isEqualTo(response.header("X-Status-Reason"));
    }

    private static void awaitServing(ApiClient api) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (api.get("/api/v1/Brand").status() != 200) {
            assertThat(System.nanoTime()).as("serves again within 30 s of the database's return").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static Connection connect(RunningAtrium atrium) throws SQLException {
        return DriverManager.getConnection(atrium.setting("ATRIUM_DB_URL"), atrium.setting("ATRIUM_DB_USER"),
                atrium.setting("ATRIUM_DB_PASSWORD"));
    }
}
