package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;


/**
 * Two Atrium nodes on one PostgreSQL database, as behind a load balancer: what one node changes
 * about users, tokens and roles reaches the other within 2 s, and failed logins count on both
 * ({@link ScaleOutWritesIT}: writes, jobs and idempotency keys). Runs when
 * {@code ATRIUM_TEST_DATABASES} lists postgresql.
 */
@EnabledIf("dev.atrium.app.http.TwoNodes#postgresqlListed")
class ScaleOutIT {

    /** What issue 13 allows a change to take to reach another node. */
    private static final Duration REACH = Duration.ofSeconds(2);

    private static TwoNodes nodes;
    private static RunningAtrium nodeA;
    private static RunningAtrium nodeB;
    private static int users;

    @BeforeAll
    static void start() {
        nodes = TwoNodes.start();
        nodeA = nodes.a();
        nodeB = nodes.b();
    }

    @AfterAll
    static void stop() {
        nodes.close();
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
        try (TwoNodes fresh = TwoNodes.start()) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                statuses.add(login(fresh.byTurn(i), "admin", "wrong-" + i).status());
            }
            ApiResponse lockedOnA = login(fresh.a(), "admin", RunningAtrium.ADMIN_PASSWORD);
            ApiResponse lockedOnB = login(fresh.b(), "admin", RunningAtrium.ADMIN_PASSWORD);

            assertThat(statuses).as("11 failures, 6 on A and 5 on B").containsOnly(401);
            assertThat(lockedOnA.status()).isEqualTo(403);
            assertThat(lockedOnB.status()).isEqualTo(403);
            assertThat(lockedOnB.header("X-Status-Reason")).isEqualTo("Max failed login attempts exceeded.");
        }
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
