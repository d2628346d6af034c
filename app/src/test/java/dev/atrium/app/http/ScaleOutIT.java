package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.TestDatabase;

/**
 * Two Atrium nodes on one PostgreSQL database, as behind a load balancer: what one node changes
 * about users, tokens and roles reaches the other within 2 s, failed logins count on both, and
 * concurrent writes, job claims and idempotency keys hold across them. Runs when
 * {@code ATRIUM_TEST_DATABASES} lists postgresql.
 */
@EnabledIf("postgresqlListed")
class ScaleOutIT {

    /** What issue 13 allows a change to take to reach another node. */
    private static final Duration REACH = Duration.ofSeconds(2);
    private static final String UPSERT = "/api/v1/MassActions/action/upsert";

    private static RunningAtrium nodeA;
    private static RunningAtrium nodeB;
    private static int users;

    static boolean postgresqlListed() {
        return TestDatabase.enabled(DatabaseKind.POSTGRESQL);
    }

    @BeforeAll
    static void start() {
        nodeA = RunningAtrium.start(DatabaseKind.POSTGRESQL, Map.of("ATRIUM_DB_POOL_SIZE", "12"));
        nodeB = nodeA.beside();
    }

    @AfterAll
    static void stop() {
        try {
            nodeB.close();
        } finally {
            nodeA.close();
        }
    }

    @Test
    void aUserDeactivatedThroughOneNodeIsRefusedByTheOtherWithinTwoSeconds() {
        String userName = newUser(Map.of());
        ApiClient onA = nodeA.anonymous().loggedInAs(userName, "spread-pass-1");
        ApiClient onB = nodeB.anonymous().withToken(authorizationTokenOf(onA));
        assertThat(onB.get("/api/v1/App/user").status()).as("the token works on B and B has it cached").isEqualTo(200);

        nodeA.api().patch("/api/v1/User/" + idOf(userName), Map.of("isActive", false));

        assertThat(onA.get("/api/v1/App/user").status()).as("on the node that made the change: at once").isEqualTo(401);
        assertThat(timeUntil(() -> onB.get("/api/v1/App/user").status(), 401)).isLessThanOrEqualTo(REACH);
    }

    @Test
    void aLogoutAPasswordChangeAndARoleChangeOnOneNodeReachTheOtherWithinTwoSeconds() {
        String roleId = nodeA.api().post("/api/v1/Role", Map.of("name", "brand reader")).json().get("id").asText();
        nodeA.api().post("/api/v1/RoleScope", Map.of("roleId", roleId, "name", "Brand", "readAction", "all"));
        String userName = newUser(Map.of("rolesIds", List.of(roleId)));
        ApiClient loggingOut = nodeA.anonymous().loggedInAs(userName, "spread-pass-1");
        ApiClient roleUser = nodeA.anonymous().loggedInAs(userName, "spread-pass-1");
        String rawToken = rawTokenOf(loggingOut);
        ApiClient loggingOutOnB = nodeB.anonymous().withToken(authorizationTokenOf(loggingOut));
        ApiClient roleUserOnB = nodeB.anonymous().withToken(authorizationTokenOf(roleUser));
        assertThat(loggingOutOnB.get("/api/v1/Brand").status()).isEqualTo(200);
        assertThat(roleUserOnB.get("/api/v1/Brand").status()).isEqualTo(200);

        loggingOut.post("/api/v1/App/action/destroyAuthToken", Map.of("token", rawToken));
        assertThat(timeUntil(() -> loggingOutOnB.get("/api/v1/Brand").status(), 401)).as("logout")
                .isLessThanOrEqualTo(REACH);

        nodeA.api().patch("/api/v1/RoleScope/" + scopeOf(roleId), Map.of("readAction", "no"));
        assertThat(timeUntil(() -> roleUserOnB.get("/api/v1/Brand").status(), 403)).as("role change")
                .isLessThanOrEqualTo(REACH);

        nodeA.api().patch("/api/v1/User/" + idOf(userName), Map.of("password", "spread-pass-2"));
        assertThat(timeUntil(() -> roleUserOnB.get("/api/v1/App/user").status(), 401)).as("password change")
                .isLessThanOrEqualTo(REACH);
    }

    @Test
    void failedLoginsOnBothNodesCountTowardsOneLockout() {
        try (RunningAtrium a = RunningAtrium.start(DatabaseKind.POSTGRESQL); RunningAtrium b = a.beside()) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                statuses.add(login(i % 2 == 0 ? a : b, "admin", "wrong-" + i).status());
            }
            ApiResponse lockedOnA = login(a, "admin", RunningAtrium.ADMIN_PASSWORD);
            ApiResponse lockedOnB = login(b, "admin", RunningAtrium.ADMIN_PASSWORD);

            assertThat(statuses).as("11 failures, 6 on A and 5 on B").containsOnly(401);
            assertThat(lockedOnA.status()).isEqualTo(403);
            assertThat(lockedOnB.status()).isEqualTo(403);
            assertThat(lockedOnB.header("X-Status-Reason")).isEqualTo("Max failed login attempts exceeded.");
        }
    }

    @Test
    void concurrentUpsertsThroughBothNodesOfTheSameCodesCreateNoDuplicates() throws Exception {
        int requests = 16;
        int shared = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Future<ApiResponse>> answers = new ArrayList<>();
        for (int request = 0; request < requests; request++) {
            ApiClient api = (request % 2 == 0 ? nodeA : nodeB).api();
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
        assertThat(nodeB.api().get("/api/v1/Brand?where[0][type]=startsWith&where[0][attribute]=code"
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
            ApiClient api = (job % 2 == 0 ? nodeA : nodeB).api();
            jobs.add(api.send(api.request(UPSERT).header("Content-Type", "application/json").header("Use-Queue", "true")
                    .POST(HttpRequest.BodyPublishers.ofString(json(items)))).json().get("jobId").asText());
        }

        for (String jobId : jobs) {
            JsonNode job = awaitDone(jobId);
            assertThat(job.get("status").asText()).isEqualTo("Success");
            List<String> statuses = new ArrayList<>();
            job.get("results").forEach(result -> statuses.add(result.get("status").asText()));
            assertThat(statuses).as("a job run twice would report Updated or NotModified").hasSize(20)
                    .containsOnly("Created");
        }
        assertThat(nodeA.api().get("/api/v1/Product?where[0][type]=startsWith&where[0][attribute]=number"
                + "&where[0][value]=J&totalOnly=true").json().get("total").asInt()).isEqualTo(240);
    }

    @Test
    void anIdempotencyKeySentToBothNodesAtOnceRunsOnce() throws Exception {
        String body = "[{\"entity\": \"Brand\", \"payload\": {\"name\": \"Exactly once\", \"code\": \"exactly-once\"}}]";
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ApiResponse>> answers = new ArrayList<>();
        for (RunningAtrium node : List.of(nodeA, nodeB)) {
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
        ApiClient later = nodeB.api();
        ApiResponse replay = later.send(later.request(UPSERT).header("Content-Type", "application/json")
                .header("Idempotency-Key", "both-nodes-1").POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(statuses).as("one runs, the other replays or is told it is still running").contains(200)
                .allMatch(status -> status == 200 || status == 409);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(nodeA.api().get("/api/v1/Brand?where[0][type]=equals&where[0][attribute]=code"
                + "&where[0][value]=exactly-once&totalOnly=true").json().get("total").asInt()).isEqualTo(1);
    }

    /** How long until the status is the expected one, asking every 20 ms; fails after 10 s. */
    private static Duration timeUntil(IntSupplier status, int expected) {
        long started = System.nanoTime();
        while (status.getAsInt() != expected) {
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertThat(waited).as("still not " + expected + " after 10 s").isLessThan(Duration.ofSeconds(10));
            sleep(20);
        }
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("ScaleOutIT: the other node answered " + expected + " after " + waited.toMillis() + " ms");
        return waited;
    }

    private static String newUser(Map<String, Object> extra) {
        String userName = "spread" + ++users;
        Map<String, Object> body = new HashMap<>(extra);
        body.put("userName", userName);
        body.put("password", "spread-pass-1");
        assertThat(nodeA.api().post("/api/v1/User", body).status()).isEqualTo(200);
        return userName;
    }

    private static String idOf(String userName) {
        return nodeB.api().get("/api/v1/User?where[0][type]=equals&where[0][attribute]=userName&where[0][value]="
                + userName).json().get("list").get(0).get("id").asText();
    }

    private static String scopeOf(String roleId) {
        return nodeA.api().get("/api/v1/RoleScope?where[0][type]=equals&where[0][attribute]=roleId&where[0][value]="
                + roleId).json().get("list").get(0).get("id").asText();
    }

    /** The client's Authorization-Token header, to use the same token through another node. */
    private static String authorizationTokenOf(ApiClient client) {
        return client.request("/").build().headers().firstValue("Authorization-Token").orElseThrow();
    }

    private static String rawTokenOf(ApiClient client) {
        String decoded = new String(Base64.getDecoder().decode(authorizationTokenOf(client)),
                StandardCharsets.UTF_8);
        return decoded.substring(decoded.indexOf(':') + 1);
    }

    private static ApiResponse login(RunningAtrium node, String userName, String password) {
        ApiClient anonymous = node.anonymous();
        return anonymous.send(anonymous.request("/api/v1/App/user").header("Authorization", ApiClient.basic(userName, password)));
    }

    private static JsonNode awaitDone(String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = nodeA.api().get("/api/v1/Job/" + jobId).json();
            if (!List.of("Pending", "Running").contains(job.get("status").asText())) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + jobId + " did not finish within 60 s");
    }

    private static String json(Object value) {
        try {
            return ApiClient.JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
