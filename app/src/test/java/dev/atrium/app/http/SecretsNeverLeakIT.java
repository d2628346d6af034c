package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/**
 * Passwords and raw tokens appear in no response, no header and no log line (with its exception),
 * whatever the request does with them: logins right and wrong, users created and changed, bad input,
 * tokens used and destroyed.
 */
@OnEachTestDatabase
class SecretsNeverLeakIT {

    @Parameter
    DatabaseKind database;

    private static final String PASSWORD = "Leak-Test-Password-42";
    private static final String NEW_PASSWORD = "Changed-Password-43";

    private final List<String> seen = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            seen.add(String.valueOf(record.getMessage()) + " " + List.of(record.getParameters() == null
                    ? new Object[0] : record.getParameters()) + " " + throwableText(record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("").addHandler(capture);
        capture.setLevel(Level.ALL);
    }

    @AfterEach
    void release() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void noPasswordOrTokenShowsAnywhere() {
        List<String> tokens = new ArrayList<>();
        try (RunningAtrium atrium = RunningAtrium.start(database, Map.of("ATRIUM_ADMIN_PASSWORD", PASSWORD))) {
            ApiClient admin = atrium.api();
            ApiClient anonymous = atrium.anonymous();
            record(admin.post("/api/v1/User", Map.of("userName", "leaky", "password", PASSWORD)));
            record(admin.post("/api/v1/User", Map.of("userName", "leaky", "password", PASSWORD)));
            record(admin.post("/api/v1/User", Map.of("userName", "bad name!", "password", PASSWORD, "nope", PASSWORD)));
            ApiResponse login = anonymous.send(anonymous.request("/api/v1/App/user")
                    .header("Authorization", ApiClient.basic("leaky", PASSWORD)));
            tokens.add(login.json().get("token").asText());
            record(login.json().get("user").toString(), login.headers().map().toString());
            record(anonymous.send(anonymous.request("/api/v1/App/user")
                    .header("Authorization", ApiClient.basic("leaky", PASSWORD + "x"))));
            record(anonymous.send(anonymous.request("/api/v1/Product")
                    .header("Authorization", ApiClient.basic("leaky", PASSWORD))));
            String leakyId = admin.get("/api/v1/User?where[0][type]=equals&where[0][attribute]=userName"
                    + "&where[0][value]=leaky").json().get("list").get(0).get("id").asText();
            record(admin.patch("/api/v1/User/" + leakyId, Map.of("password", NEW_PASSWORD)));
            record(admin.get("/api/v1/User/" + leakyId));
            ApiResponse selectPassword = admin.get("/api/v1/User?select=userName,password");
            ApiResponse filterPassword = admin.get("/api/v1/User?where[0][type]=equals&where[0][attribute]=password"
                    + "&where[0][value]=" + PASSWORD);
            record(selectPassword);
            record(filterPassword);
            assertThat(selectPassword.status()).isEqualTo(400);
            assertThat(filterPassword.status()).as("no filter may probe a password hash").isEqualTo(400);
            ApiClient leaky = anonymous.loggedInAs("leaky", NEW_PASSWORD);
            ApiResponse again = anonymous.send(anonymous.request("/api/v1/App/user")
                    .header("Authorization", ApiClient.basic("leaky", NEW_PASSWORD)));
            tokens.add(again.json().get("token").asText());
            record(leaky.get("/api/v1/App/user").json().get("user").toString());
            record(leaky.post("/api/v1/App/action/destroyAuthToken", Map.of("token", tokens.get(1))));
            record(admin.get("/api/v1/AuthToken?maxSize=50"));
        }

        for (String secret : List.of(PASSWORD, NEW_PASSWORD, tokens.get(0), tokens.get(1))) {
            assertThat(seen).as("something said %s", secret).noneMatch(text -> text.contains(secret));
        }
        assertThat(seen).as("the test saw responses and log lines").hasSizeGreaterThan(10);
    }

    private void record(ApiResponse response) {
        seen.add(response.text());
        seen.add(response.headers().map().toString());
    }

    private void record(String... texts) {
        seen.addAll(List.of(texts));
    }

    private static String throwableText(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            text.append(cause).append(' ');
        }
        return text.toString();
    }
}
