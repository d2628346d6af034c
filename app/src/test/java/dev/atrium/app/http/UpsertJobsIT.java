package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

import com.fasterxml.jackson.databind.JsonNode;

/** Queued upserts (Use-Queue), surviving a restart, and idempotent replays (Idempotency-Key). */
@OnEachTestDatabase
class UpsertJobsIT {

    @Parameter
    DatabaseKind database;

    private static final String UPSERT = "/api/v1/MassActions/action/upsert";

    @Test
    void aQueuedUpsertRunsInTheBackgroundAndReportsPerItem() throws InterruptedException {
        try (RunningAtrium atrium = RunningAtrium.start(database)) {
            ApiClient api = atrium.api();
            String jobId = queue(api, 1200);

            JsonNode job = awaitDone(api, jobId);

            assertThat(job.get("status").asText()).isEqualTo("Success");
            assertThat(job.get("total").asInt()).isEqualTo(1201);
            assertThat(job.get("processed").asInt()).isEqualTo(1201);
            assertThat(job.get("failed").asInt()).isEqualTo(1);
            assertThat(job.get("results").get(0).get("status").asText()).isEqualTo("Created");
            assertThat(job.get("results").get(1200).get("message").asText()).contains("'number' is required");
            assertThat(api.get("/api/v1/Product?totalOnly=true").json().get("total").asInt()).isEqualTo(1200);
            assertThat(atrium.anonymous().loggedInAs("admin", RunningAtrium.ADMIN_PASSWORD).get("/api/v1/Job/nope")
                    .status()).isEqualTo(404);
        }
    }

    @Test
    void aJobPendingAtARestartRunsAfterIt() throws InterruptedException {
        try (RunningAtrium atrium = RunningAtrium.start(database, Map.of("ATRIUM_JOB_WORKER", "false"))) {
            String jobId = queue(atrium.api(), 10);
            Thread.sleep(1500);
            assertThat(atrium.api().get("/api/v1/Job/" + jobId).json().get("status").asText()).isEqualTo("Pending");

            atrium.restart(Map.of("ATRIUM_JOB_WORKER", "true"));

            assertThat(awaitDone(atrium.api(), jobId).get("status").asText()).isEqualTo("Success");
        }
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheFirstAnswer() {
        try (RunningAtrium atrium = RunningAtrium.start(database)) {
            ApiClient api = atrium.api();
            String body = "[{\"entity\": \"Brand\", \"payload\": {\"name\": \"Once\"}}]";

            ApiResponse first = api.send(api.request(UPSERT).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "import-42").POST(HttpRequest.BodyPublishers.ofString(body)));
            ApiResponse again = api.send(api.request(UPSERT).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "import-42").POST(HttpRequest.BodyPublishers.ofString(body)));
            ApiResponse other = api.send(api.request(UPSERT).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "import-42").POST(HttpRequest.BodyPublishers.ofString("[]")));

            assertThat(first.status()).isEqualTo(200);
            assertThat(again.json()).isEqualTo(first.json());
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(api.get("/api/v1/Brand?totalOnly=true").json().get("total").asInt()).isEqualTo(1);
            assertThat(other.status()).as("the key with another body").isEqualTo(409);
        }
    }

    private static String queue(ApiClient api, int products) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            items.add(UpsertIT.item("Product", Map.of("name", "Queued " + i, "number", "Q-" + i)));
        }
        items.add(UpsertIT.item("Product", Map.of("name", "No number")));
        ApiResponse queued = api.send(api.request(UPSERT).header("Content-Type", "application/json")
                .header("Use-Queue", "true").POST(HttpRequest.BodyPublishers.ofString(json(items))));
        assertThat(queued.status()).isEqualTo(200);
        return queued.json().get("jobId").asText();
    }

    static JsonNode awaitDone(ApiClient api, String jobId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = api.get("/api/v1/Job/" + jobId).json();
            if (!List.of("Pending", "Running").contains(job.get("status").asText())) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + jobId + " did not finish within 60 s");
    }

    static String json(Object value) {
        try {
            return ApiClient.JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
