package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two Atrium nodes on one PostgreSQL database: concurrent upserts of the same unique codes through
 * both create each record once, jobs queued on both run once each, and an idempotency key sent to
 * both at once runs once. Runs when {@code ATRIUM_TEST_DATABASES} lists postgresql.
 */
@EnabledIf("dev.atrium.app.http.TwoNodes#postgresqlListed")
class ScaleOutWritesIT {

    private static final String UPSERT = "/api/v1/MassActions/action/upsert";

    private static TwoNodes nodes;

    @BeforeAll
    static void start() {
        nodes = TwoNodes.start();
    }

    @AfterAll
    static void stop() {
        nodes.close();
    }

    @Test
    void concurrentUpsertsThroughBothNodesOfTheSameCodesCreateNoDuplicates() throws Exception {
        int requests = 16;
        int shared = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Future<ApiResponse>> answers = new ArrayList<>();
        for (int request = 0; request < requests; request++) {
            ApiClient api = nodes.byTurn(request).api();
            List<Object> items = new ArrayList<>();
            for (int key = 0; key < shared; key++) {
                items.add(UpsertIT.item("Brand", Map.of("code", "both-" + key, "name", "from request " + request)));
            }
            answers.add(pool.submit(() -> {
                start.await();
                return api.post(UPSERT, items);
            }));
        }
        start.countDown();
        List<String> statuses = new ArrayList<>();
        for (Future<ApiResponse> answer : answers) {
            ApiResponse response = answer.get();
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            response.json().forEach(result -> statuses.add(result.get("status").asText()
                    + (result.has("message") ? ": " + result.get("message").asText() : "")));
        }
        pool.shutdown();

        assertThat(statuses).hasSize(requests * shared).allMatch(status -> !status.startsWith("Failed"));
        assertThat(statuses.stream().filter("Created"::equals).count()).isEqualTo(shared);
        assertThat(nodes.b().api().get("/api/v1/Brand?where[0][type]=startsWith&where[0][attribute]=code"
                + "&where[0][value]=both-&totalOnly=true").json().get("total").asInt()).isEqualTo(shared);
    }

    @Test
    void jobsQueuedOnBothNodesRunOnceEach() throws InterruptedException {
        List<String> jobs = new ArrayList<>();
        for (int job = 0; job < 12; job++) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                items.add(UpsertIT.item("Product", Map.of("name", "Job product", "number", "J" + job + "-" + i)));
            }
            ApiClient api = nodes.byTurn(job).api();
            jobs.add(api.send(api.request(UPSERT).header("Content-Type", "application/json").header("Use-Queue", "true")
                    .POST(HttpRequest.BodyPublishers.ofString(UpsertJobsIT.json(items)))).json().get("jobId").asText());
        }

        for (String jobId : jobs) {
            JsonNode job = UpsertJobsIT.awaitDone(nodes.b().api(), jobId);
            assertThat(job.get("status").asText()).isEqualTo("Success");
            List<String> statuses = new ArrayList<>();
            job.get("results").forEach(result -> statuses.add(result.get("status").asText()));
            assertThat(statuses).as("a job run twice would report Updated or NotModified").hasSize(20)
                    .containsOnly("Created");
        }
        assertThat(nodes.a().api().get("/api/v1/Product?where[0][type]=startsWith&where[0][attribute]=number"
                + "&where[0][value]=J&totalOnly=true").json().get("total").asInt()).isEqualTo(240);
    }

    @Test
    void anIdempotencyKeySentToBothNodesAtOnceRunsOnce() throws Exception {
        String body = "[{\"entity\": \"Brand\", \"payload\": {\"name\": \"Exactly once\", \"code\": \"exactly-once\"}}]";
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ApiResponse>> answers = new ArrayList<>();
        for (RunningAtrium node : List.of(nodes.a(), nodes.b())) {
            ApiClient api = node.api();
            answers.add(pool.submit(() -> {
                start.await();
                return api.send(api.request(UPSERT).header("Content-Type", "application/json")
                        .header("Idempotency-Key", "both-nodes-1").POST(HttpRequest.BodyPublishers.ofString(body)));
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<ApiResponse> answer : answers) {
            statuses.add(answer.get().status());
        }
        pool.shutdown();
        ApiClient later = nodes.b().api();
        ApiResponse replay = later.send(later.request(UPSERT).header("Content-Type", "application/json")
                .header("Idempotency-Key", "both-nodes-1").POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(statuses).as("one runs, the other replays or is told it is still running").contains(200)
                .allMatch(status -> status == 200 || status == 409);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(nodes.a().api().get("/api/v1/Brand?where[0][type]=equals&where[0][attribute]=code"
                + "&where[0][value]=exactly-once&totalOnly=true").json().get("total").asInt()).isEqualTo(1);
    }
}
