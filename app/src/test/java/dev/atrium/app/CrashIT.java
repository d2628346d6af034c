package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.DatabaseSettings;
import dev.atrium.adapter.persistence.TestDatabase;
import dev.atrium.app.http.ApiClient;
import dev.atrium.app.http.ApiResponse;

/**
 * Crash consistency of the bulk upsert: the WAR runs in a child JVM that is killed with SIGKILL while
 * a 10,000-item upsert with {@code categoriesIds} is being written, then started again on the same data
 * (the H2 folder, or the same PostgreSQL schema). Every item is complete with all its links or absent,
 * nothing waits on a lock left behind, a further upsert stores every item, and {@code /health} is 200.
 */
@ParameterizedClass(name = "on {0}")
@MethodSource("databases")
class CrashIT {

    static final String UPSERT = "/api/v1/MassActions/action/upsert";
    private static final int ITEMS = 10_000;
    private static final int TRIALS = 3;
    private static final String PASSWORD = "crash-test-secret-1";

    @Parameter
    DatabaseKind database;

    @TempDir
    Path folder;

    /** H2 and PostgreSQL, each when {@code ATRIUM_TEST_DATABASES} lists it (H2 is listed by default). */
    static List<DatabaseKind> databases() {
        return TestDatabase.listed().stream().filter(kind -> kind == DatabaseKind.H2 || kind == DatabaseKind.POSTGRESQL)
                .toList();
    }

    @Test
    void everyUpsertItemIsCompleteOrAbsentAfterAKillMidRequest() throws Exception {
        try (TestDatabase server = database == DatabaseKind.H2 ? null : TestDatabase.create(database)) {
            Map<String, String> settings = settings(server);
            // the servers' output stays in target/ for a failure to be read
            Path logs = Files.createDirectories(Path.of("target", "crash-it",
                    database.name().toLowerCase(Locale.ROOT)));
            WarProcess atrium = WarProcess.start(settings, logs.resolve("start-0.log"));
            try {
                ApiClient api = login(atrium);
                for (int category = 0; category < UpsertItems.CATEGORIES; category++) {
                    assertThat(api.post("/api/v1/Category", Map.of("id", "crash-cat-" + category,
                            "name", "Category " + category, "code", "crash-cat-" + category)).status()).isEqualTo(200);
                }
                List<Integer> stored = new ArrayList<>();
                int midRequest = 0;
                for (int trial = 0; trial < TRIALS; trial++) {
                    boolean cutShort = killMidUpsert(atrium, api, trial, database);
                    atrium = WarProcess.start(settings, logs.resolve("start-" + (trial + 1) + ".log"));
                    api = login(atrium);
                    assertThat(api.get("/health").status()).isEqualTo(200);
                    int complete = UpsertItems.assertCompleteOrAbsent(api, trial, ITEMS);
                    stored.add(complete);
                    // a kill while the answer was being sent proves nothing: the items must have been mid-write
                    midRequest += cutShort && complete < ITEMS ? 1 : 0;
                }
                System.out.println("crash test on " + database + ": " + midRequest + " of " + TRIALS
                        + " kills mid-request; products stored per upsert of " + ITEMS + " items: " + stored);
                assertThat(midRequest).as("kills that landed while the upsert was being written").isPositive();
                assertThat(stored).as("rounds committed well before a kill stay").anyMatch(count -> count > 0);
                assertAFurtherUpsertStoresEveryItem(api);
            } finally {
                atrium.close();
            }
            for (int start = 0; start <= TRIALS; start++) {
                assertThat(logs.resolve("start-" + start + ".log")).as("no request waited on a lock left behind")
                        .content().doesNotContain("Timeout trying to lock", "lock timeout", "Lock wait timeout");
            }
            if (database == DatabaseKind.H2) {
                H2Integrity.assertIndexesMatchTables("jdbc:h2:file:" + folder.resolve("data").resolve("atrium"),
                        "product", "product_category");
            }
        }
    }

    /**
     * Sends the trial's upsert and kills the server a moment after its first round is stored, mostly while a
     * later round is being written. H2 writes a commit to its file within half a second, so the kill waits
     * that long there; PostgreSQL writes the whole upsert in about a second, so the kill follows at once.
     *
     * @return whether the kill cut the upsert short
     */
    private static boolean killMidUpsert(WarProcess atrium, ApiClient api, int trial, DatabaseKind database)
            throws InterruptedException {
        List<Map<String, Object>> items = UpsertItems.of(trial, 0, ITEMS);
        CompletableFuture<ApiResponse> upsert = CompletableFuture.supplyAsync(() -> upsert(api, items));
        while (UpsertItems.stored(api, trial) == 0 && !upsert.isDone()) {
            Thread.sleep(20);
        }
        if (database == DatabaseKind.H2) {
            Thread.sleep(600 + ThreadLocalRandom.current().nextInt(600));
        }
        atrium.kill();
        // the answer may have been written just before the kill: only a failed request was cut short
        try {
            upsert.get(30, TimeUnit.SECONDS);
            return false;
        } catch (ExecutionException cutShort) {
            return true;
        } catch (TimeoutException stuck) {
            throw new AssertionError("the upsert neither answered nor failed within 30 s of the kill", stuck);
        }
    }

    private static void assertAFurtherUpsertStoresEveryItem(ApiClient api) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            items.addAll(UpsertItems.of(trial, 0, 3000));
        }
        ApiResponse answer = upsert(api, items);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        answer.json().forEach(result -> assertThat(result.get("stored").asBoolean()).as(result.toString()).isTrue());
        for (int trial = 0; trial < TRIALS; trial++) {
            UpsertItems.assertCompleteOrAbsent(api, trial, ITEMS);
        }
    }

    /** A large upsert may take longer than a client's usual patience on a busy machine. */
    private static ApiResponse upsert(ApiClient api, List<Map<String, Object>> items) {
        try {
            return api.send(api.request(UPSERT).timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(items))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> settings(TestDatabase server) {
        Map<String, String> settings = new HashMap<>(Map.of("ATRIUM_PORT", "0",
                "ATRIUM_DATA_DIR", folder.resolve("data").toString(), "ATRIUM_ADMIN_PASSWORD", PASSWORD,
                "ATRIUM_BCRYPT_COST", "4"));
        if (server != null) {
            DatabaseSettings db = server.settings();
            settings.putAll(Map.of("ATRIUM_DB_URL", db.url(), "ATRIUM_DB_USER", db.user(), "ATRIUM_DB_PASSWORD",
                    db.password()));
        }
        return settings;
    }

    private static ApiClient login(WarProcess atrium) {
        return new ApiClient(atrium.uri()).loggedInAs("admin", PASSWORD);
    }
}
