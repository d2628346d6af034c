package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;
import dev.atrium.application.testing.MutableClock;

/** Login, tokens and their limits, logout and the lockout, over HTTP as AtroCore clients do them. */
@OnEachTestDatabase
class AuthIT {

    private static final MutableClock CLOCK = MutableClock.at(Instant.parse("2026-11-28T10:00:00Z"));
    private static RunningAtrium atrium;
    private static ApiClient admin;
    private static ApiClient anonymous;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind database) {
        atrium = RunningAtrium.start(database, Map.of(), CLOCK);
        admin = atrium.api();
        anonymous = atrium.anonymous();
        admin.post("/api/v1/User", Map.of("userName", "alice", "password", "alice-pass-1", "isActive", true));
        admin.post("/api/v1/User", Map.of("userName", "idle", "password", "idle-pass-1", "isActive", false));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    @Test
    void noCredentialsIs401WithABasicChallengeUnlessXhr() {
        ApiResponse plain = anonymous.get("/api/v1/Product");
        ApiResponse xhr = anonymous.send(anonymous.request("/api/v1/Product").header("X-Requested-With", "XMLHttpRequest"));

        assertThat(plain.status()).isEqualTo(401);
        assertThat(plain.header("WWW-Authenticate")).isEqualTo("Basic realm=\"\"");
        assertThat(xhr.status()).isEqualTo(401);
        assertThat(xhr.header("WWW-Authenticate")).isNull();
        assertThat(anonymous.get("/api/v1/NoSuchEntity").status()).as("auth runs before routing").isEqualTo(401);
        assertThat(anonymous.get("/health").status()).isEqualTo(200);
    }

    @Test
    void loginAnswersUserAclAndAToken() {
        ApiResponse login = basic("alice", "alice-pass-1");

        assertThat(login.status()).isEqualTo(200);
        JsonNode body = login.json();
        assertThat(fieldNames(body)).containsExactly("user", "acl", "preferences", "token", "settings", "appParams",
                "authorizationToken");
        assertThat(body.get("user").get("userName").asText()).isEqualTo("alice");
        assertThat(body.get("user").has("password")).isFalse();
        assertThat(body.get("token").asText()).matches("[0-9a-f]{32}");
        assertThat(new String(Base64.getDecoder().decode(body.get("authorizationToken").asText()), StandardCharsets.UTF_8))
                .isEqualTo("alice:" + body.get("token").asText());
        assertThat(login.text()).doesNotContain("alice-pass-1");
    }

    @Test
    void tokenOnlyLoginAnswersTheTokenAlone() {
        ApiResponse login = anonymous.send(anonymous.request("/api/v1/App/user")
                .header("Authorization", ApiClient.basic("alice", "alice-pass-1"))
                .header("Authorization-Token-Only", "true"));

        assertThat(fieldNames(login.json())).containsExactly("authorizationToken");
    }

    @Test
    void aTokenWorksAsHeaderAndAsBasicButAPasswordWorksOnlyOnLogin() {
        String token = basic("alice", "alice-pass-1").json().get("token").asText();

        assertThat(anonymous.withToken(authorizationToken("alice", token)).get("/api/v1/Brand").status()).isEqualTo(403);
        assertThat(anonymous.send(anonymous.request("/api/v1/App/user").header("Authorization", ApiClient.basic("alice", token)))
                .status()).isEqualTo(200);
        assertThat(anonymous.send(anonymous.request("/api/v1/Brand").header("Authorization", ApiClient.basic("alice", token)))
                .status()).as("a token as Basic credentials").isEqualTo(403);
        assertThat(anonymous.send(anonymous.request("/api/v1/Brand")
                .header("Authorization", ApiClient.basic("alice", "alice-pass-1"))).status())
                .as("a real password anywhere but App/user").isEqualTo(401);
    }

    @Test
    void badPasswordUnknownTokenAndInactiveUserAre401() {
        assertThat(basic("alice", "wrong").status()).isEqualTo(401);
        assertThat(basic("idle", "idle-pass-1").status()).isEqualTo(401);
        assertThat(anonymous.withToken(authorizationToken("alice", "0123456789abcdef0123456789abcdef"))
                .get("/api/v1/App/user").status()).isEqualTo(401);
    }

    @Test
    void aDestroyedTokenIs401() {
        String token = basic("alice", "alice-pass-1").json().get("token").asText();
        ApiClient alice = anonymous.withToken(authorizationToken("alice", token));

        assertThat(alice.post("/api/v1/App/action/destroyAuthToken", Map.of("token", token)).text()).isEqualTo("true");

        assertThat(alice.get("/api/v1/App/user").status()).isEqualTo(401);
    }

    @Test
    void expiredAndIdleTokensAre401() {
        String expiring = login("alice", "alice-pass-1", "Authorization-Token-Lifetime", "1");
        String idling = login("alice", "alice-pass-1", "Authorization-Token-Idletime", "1");
        ApiClient shortLived = anonymous.withToken(authorizationToken("alice", expiring));
        ApiClient idle = anonymous.withToken(authorizationToken("alice", idling));
        assertThat(shortLived.get("/api/v1/App/user").status()).isEqualTo(200);

        CLOCK.advance(Duration.ofMinutes(50));
        assertThat(shortLived.get("/api/v1/App/user").status()).as("still within its hour").isEqualTo(200);
        CLOCK.advance(Duration.ofMinutes(20));

        assertThat(shortLived.get("/api/v1/App/user").status()).as("past its lifetime").isEqualTo(401);
        assertThat(idle.get("/api/v1/App/user").status()).as("unused for over an hour").isEqualTo(401);
    }

    @Test
    void moreThanTenFailedLoginsFromOneAddressLockItOut() {
        try (RunningAtrium fresh = RunningAtrium.start(database)) {
            ApiClient client = fresh.anonymous();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                statuses.add(client.send(client.request("/api/v1/App/user")
                        .header("Authorization", ApiClient.basic("admin", "wrong-" + i))).status());
            }
            ApiResponse locked = client.send(client.request("/api/v1/App/user")
                    .header("Authorization", ApiClient.basic("admin", RunningAtrium.ADMIN_PASSWORD)));

            assertThat(statuses.subList(0, 11)).containsOnly(401);
            assertThat(statuses.get(11)).isEqualTo(403);
            assertThat(locked.status()).as("even the right password, while locked").isEqualTo(403);
            assertThat(locked.header("X-Status-Reason")).isEqualTo("Max failed login attempts exceeded.");
        }
    }

    private static ApiResponse basic(String userName, String password) {
        return anonymous.send(anonymous.request("/api/v1/App/user").header("Authorization", ApiClient.basic(userName, password)));
    }

    private static String login(String userName, String password, String header, String value) {
        return anonymous.send(anonymous.request("/api/v1/App/user")
                .header("Authorization", ApiClient.basic(userName, password)).header(header, value))
                .json().get("token").asText();
    }

    private static String authorizationToken(String userName, String token) {
        return Base64.getEncoder().encodeToString((userName + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
