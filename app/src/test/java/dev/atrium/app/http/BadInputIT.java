package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/**
 * Every value that breaks a field's rule is a 400 naming the field and the rule, on create and on
 * update, and changes nothing. The broad sweep of malformed requests is the bad-input corpus
 * ({@code corpus.BadInputCorpusIT}).
 */
@OnEachTestDatabase
class BadInputIT {

    private static RunningAtrium atrium;
    private static ApiClient api;
    private static String existingId;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind database) {
        atrium = RunningAtrium.start(database);
        api = atrium.api();
        existingId = api.post("/api/v1/Specimen", Map.of("label", "kept", "serial", "mine")).json().get("id").asText();
        api.post("/api/v1/Specimen", Map.of("label", "other", "serial", "taken"));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of("label", "far too long label", "maxLength"),
                Arguments.of("label", "semi;colon", "pattern"),
                Arguments.of("label", 5, "type"),
                Arguments.of("flag", "yes", "type"),
                Arguments.of("count", "12", "type"),
                Arguments.of("count", 1.5, "type"),
                Arguments.of("count", 101, "max"),
                Arguments.of("count", -1, "min"),
                Arguments.of("ratio", "0.5", "type"),
                Arguments.of("ratio", 1.5, "max"),
                Arguments.of("kind", "c", "options"),
                Arguments.of("kinds", List.of("x", "z"), "options"),
                Arguments.of("kinds", "x", "type"),
                Arguments.of("items", Map.of("not", "a list"), "type"),
                Arguments.of("day", "2024-02-30", "date"),
                Arguments.of("day", "28.11.2026", "date"),
                Arguments.of("at", "2026-11-28T25:00:00Z", "datetime"),
                Arguments.of("at", 1700000000, "type"),
                Arguments.of("mail", "not-an-email", "email"),
                Arguments.of("site", "javascript:alert(1)", "url"),
                Arguments.of("data", List.of(1, 2), "type"),
                Arguments.of("body", "a NUL \u0000 inside", "characters"),
                Arguments.of("mail", "a\u0000@b.com", "characters"),
                Arguments.of("data", Map.of("key", "\u0000"), "characters"),
                Arguments.of("items", List.of("ok", "\u0000"), "characters"),
                Arguments.of("day", "+999999999-01-01", "date"),
                Arguments.of("day", "-0001-12-31", "date"),
                Arguments.of("at", "+10000-01-01T00:00:00Z", "datetime"),
                Arguments.of("serial", "taken", "notUnique"),
                Arguments.of("makerId", "no-such-brand", "notFound"));
    }

    @ParameterizedTest(name = "create with {0} = {1} is refused: {2}")
    @MethodSource("invalidValues")
    void createWithAnInvalidValueIsRefusedAndWritesNothing(String attribute, Object value, String code) {
        long before = total();
        Map<String, Object> body = new HashMap<>(Map.of("label", "ok"));
        body.put(attribute, value);

        ApiResponse response = api.post("/api/v1/Specimen", body);

        assertError(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(attribute);
        assertThat(response.json().get("errors").get(0).get("code").asText()).isEqualTo(code);
        assertThat(total()).isEqualTo(before);
    }

    @ParameterizedTest(name = "update with {0} = {1} is refused: {2}")
    @MethodSource("invalidValues")
    void updateWithAnInvalidValueIsRefusedAndChangesNothing(String attribute, Object value, String code) {
        JsonNode before = api.get("/api/v1/Specimen/" + existingId).json();
        Map<String, Object> body = new HashMap<>();
        body.put("body", "a valid change beside the invalid one");
        body.put(attribute, value);

        ApiResponse response = api.patch("/api/v1/Specimen/" + existingId, body);

        assertError(response, 400);
        assertThat(response.json().get("errors").get(0).get("code").asText()).isEqualTo(code);
        assertThat(api.get("/api/v1/Specimen/" + existingId).json()).isEqualTo(before);
    }

    @Test
    void missingRequiredFieldNamesIt() {
        ApiResponse response = api.post("/api/v1/Specimen", Map.of("body", "no label"));

        assertError(response, 400);
        assertThat(response.header("X-Status-Reason")).isEqualTo("Validation failed. 'label' is required.");
    }

    @Test
    void oversizedBodyIs413() {
        try (RunningAtrium small = RunningAtrium.start(database, Map.of("ATRIUM_MAX_BODY_BYTES", "64"))) {
            String big = "{\"label\": \"ok\", \"body\": \"" + "x".repeat(200) + "\"}";
            assertError(small.api().raw("POST", "/api/v1/Specimen", "application/json", big), 413);
            assertThat(small.api().get("/api/v1/Specimen").json().get("total").asLong()).isZero();
        }
    }

    /** Cut off before the first byte of the body, or within it: either way the client's business, not an incident. */
    @ParameterizedTest
    @ValueSource(strings = {"", "{\"label\": \"cut"})
    void aClientThatAbortsItsUploadIsLoggedInOneDebugLine(String sent) throws Exception {
        long before = total();
        try (LogRecords logged = LogRecords.capture("dev.atrium", Level.FINE)) {
            try (Socket socket = new Socket(atrium.uri().getHost(), atrium.uri().getPort())) {
                socket.getOutputStream().write(("POST /api/v1/Specimen HTTP/1.1\r\nHost: x\r\n"
                        + "Authorization-Token: " + api.authorizationToken() + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000\r\n\r\n" + sent).getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
            }

            LogRecord line = logged.await(record -> record.getMessage().contains("could not be read"));
            assertThat(line.getLevel()).isEqualTo(Level.FINE);
            assertThat(line.getThrown()).isNull();
            assertThat(logged.all()).noneMatch(record -> record.getLevel().intValue() >= Level.WARNING.intValue());
        }
        assertThat(total()).isEqualTo(before);
    }

    private static long total() {
        return api.get("/api/v1/Specimen?maxSize=0").json().get("total").asLong();
    }

    private static void assertError(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.header("X-Status-Reason")).isNotBlank();
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("reason").asText()).isEqualTo(response.header("X-Status-Reason"));
    }
}
