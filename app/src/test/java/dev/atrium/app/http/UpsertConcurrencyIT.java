package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fifty concurrent upserts of the same unique keys: every key ends up in exactly one record, no item
 * fails, exactly one request creates each shared record, and every request's own record is stored.
 */
@OnEachTestDatabase
class UpsertConcurrencyIT {

    @Parameter
    DatabaseKind database;

    private static final int REQUESTS = 50;
    private static final int SHARED = 20;

    @Test
    void concurrentUpsertsNeverDuplicateAndNeverLoseARecord() throws Exception {
        // 50 requests share 20 connections: on a slow machine a request may wait for one longer than the default
        // 5 s (and be answered 503), which is not what this test is about
        try (RunningAtrium atrium = RunningAtrium.start(database, Map.of("ATRIUM_DB_POOL_SIZE", "20",
                "ATRIUM_DB_CONNECTION_TIMEOUT_MS", "60000"))) {
            ApiClient api = atrium.api();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (int request = 0; request < REQUESTS; request++) {
                int r = request;
                answers.add(pool.submit(() -> {
                    start.await();
                    ApiResponse answer = api.post("/api/v1/MassActions/action/upsert", items(r));
                    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
                    return answer.json();
                }));
            }
            start.countDown();
            List<String> statuses = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (Future<JsonNode> answer : answers) {
                answer.get().forEach(result -> {
                    statuses.add(result.get("status").asText());
                    if (result.has("message")) {
                        failures.add(result.get("message").asText());
                    }
                });
            }
            pool.shutdown();

            assertThat(failures).as("failed items").isEmpty();
            assertThat(statuses).hasSize(REQUESTS * (SHARED + 1));
            assertThat(statuses.stream().filter("Created"::equals).count()).isEqualTo(SHARED + REQUESTS);
            JsonNode shared = api.get("/api/v1/Brand?where[0][type]=startsWith&where[0][attribute]=code"
                    + "&where[0][value]=shared-&maxSize=1000").json();
            assertThat(shared.get("total").asInt()).as("no duplicate of a shared code").isEqualTo(SHARED);
            assertThat(api.get("/api/v1/Brand?where[0][type]=startsWith&where[0][attribute]=code&where[0][value]=own-")
                    .json().get("total").asInt()).as("no request's own record lost").isEqualTo(REQUESTS);
        }
    }

    private static List<Object> items(int request) {
        List<Object> items = new ArrayList<>();
        for (int key = 0; key < SHARED; key++) {
            items.add(UpsertIT.item("Brand", Map.of("code", "shared-" + key, "name", "from request " + request)));
        }
        items.add(UpsertIT.item("Brand", Map.of("code", "own-" + request, "name", "own of " + request)));
        return items;
    }
}
