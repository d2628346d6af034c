package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/**
 * Every bad input is a clear JSON error with the right 4xx status, the reason in X-Status-Reason,
 * and no change to the data.
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
    void malformedJsonIs400() {
        long before = total();
        assertError(api.raw("POST", "/api/v1/Specimen", "application/json", "{\"label\": "), 400);
        assertError(api.raw("POST", "/api/v1/Specimen", "application/json", "{\"label\": \"a\"} trailing"), 400);
        assertError(api.raw("POST", "/api/v1/Specimen", "application/json", "{\"label\": \"a\", \"label\": \"b\"}"), 400);
        assertError(api.raw("POST", "/api/v1/Specimen", "application/json", "[{\"label\": \"a\"}]"), 400);
        assertError(api.raw("POST", "/api/v1/Specimen", "application/json", ""), 400);
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void bodyThatIsNotJsonIs415() {
        long before = total();
        assertError(api.raw("POST", "/api/v1/Specimen", "text/plain", "{\"label\": \"a\"}"), 415);
        assertError(api.raw("POST", "/api/v1/Specimen", null, "{\"label\": \"a\"}"), 415);
        assertError(api.raw("PUT", "/api/v1/Specimen/" + existingId, "application/xml", "<label/>"), 415);
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void unknownEntityIs404EvenWhenWriting() {
        assertError(api.get("/api/v1/Nothing"), 404);
        assertThat(api.get("/api/v1/Nothing").header("X-Status-Reason")).isEqualTo("Controller 'Nothing' is not found");
        assertError(api.post("/api/v1/Nothing", Map.of("name", "x")), 404);
        assertError(api.get("/api/v1/Specimen/no-such-id"), 404);
        assertError(api.patch("/api/v1/Specimen/no-such-id", Map.of("label", "x")), 404);
    }

    @Test
    void badListParametersAre400() {
        assertError(api.get("/api/v1/Specimen?maxSize=100000"), 400);
        assertThat(api.get("/api/v1/Specimen?maxSize=100000").header("X-Status-Reason")).contains("1000");
        assertError(api.get("/api/v1/Specimen?offset=-1"), 400);
        assertError(api.get("/api/v1/Specimen?maxSize=ten"), 400);
        assertError(api.get("/api/v1/Specimen?sortBy=nothing"), 400);
    }

    @Test
    void wrongMethodForARouteIs400AsInAtroCore() {
        assertError(api.post("/api/v1/Specimen/" + existingId, Map.of("label", "x")), 400);
    }

    @Test
    void oversizedBodyIs413() {
        try (RunningAtrium small = RunningAtrium.start(database, Map.of("ATRIUM_MAX_BODY_BYTES", "64"))) {
            String big = "{\"label\": \"ok\", \"body\": \"" + "x".repeat(200) + "\"}";
            assertError(small.api().raw("POST", "/api/v1/Specimen", "application/json", big), 413);
            assertThat(small.api().get("/api/v1/Specimen").json().get("total").asLong()).isZero();
        }
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
