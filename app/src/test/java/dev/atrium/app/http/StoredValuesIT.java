package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/**
 * Values come back through the API as they went in on every database (ADR 7): codes that differ
 * only in case are different, Unicode text and JSON survive, booleans keep their value, and
 * date-times are UTC although the test JVM runs in another zone.
 */
@OnEachTestDatabase
class StoredValuesIT {

    private static final DateTimeFormatter API_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static RunningAtrium atrium;
    private static ApiClient api;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind database) {
        atrium = RunningAtrium.start(database);
        api = atrium.api();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    @Test
    void codesThatDifferOnlyInCaseAreDifferentCodes() {
        assertThat(api.post("/api/v1/Brand", Map.of("name", "Lower", "code", "case-code")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/Brand", Map.of("name", "Upper", "code", "CASE-CODE")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/Brand", Map.of("name", "Again", "code", "CASE-CODE")).status()).isEqualTo(400);
    }

    @Test
    void anUpsertRepeatingEveryStoredValueChangesNothing() {
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("id", "specimen-every-type");
        payload.put("label", "every type");
        payload.put("body", "long text ü");
        payload.put("flag", true);
        payload.put("count", 42);
        payload.put("ratio", 0.1);
        payload.put("kind", "b");
        payload.put("kinds", List.of("y", "x"));
        payload.put("items", List.of(1, "two", 3.5));
        payload.put("day", "2026-02-28");
        payload.put("at", "2026-03-29 02:30:15");
        payload.put("mail", "a@example.com");
        payload.put("site", "https://example.com/a?b=c");
        payload.put("data", Map.of("k", List.of(1, 2)));
        payload.put("serial", "S-EVERY");
        List<Map<String, Object>> items = List.of(Map.of("entity", "Specimen", "payload", payload));

        JsonNode first = api.post("/api/v1/MassActions/action/upsert", items).json();
        JsonNode again = api.post("/api/v1/MassActions/action/upsert", items).json();

        assertThat(first.get(0).get("status").asText()).isEqualTo("Created");
        assertThat(again.get(0).get("status").asText()).as("the stored values read back equal the sent ones")
                .isEqualTo("NotModified");
        JsonNode read = api.get("/api/v1/Specimen/specimen-every-type").json();
        payload.forEach((attribute, value) -> assertThat(read.get(attribute)).as(attribute)
                .isEqualTo(ApiClient.JSON.valueToTree(value)));
    }

    @Test
    void anUpsertChangingEveryStoredValueStoresEachAsSentAndCanClearThem() {
        Map<String, Object> first = specimen("first", "NULL", "S-1", false, 1, 0.5, "a", "2026-01-01", "2026-01-01 00:00:00");
        Map<String, Object> second = specimen("second", "{\"b\", c}\\ 'd' 👋🏽", "NULL", true, 100, 1.0E-7, "b",
                "0001-12-31", "9999-12-31 23:59:59");
        Map<String, Object> cleared = new java.util.LinkedHashMap<>();
        second.keySet().forEach(attribute -> cleared.put(attribute, null));
        cleared.put("id", "specimen-changing");
        cleared.put("label", "cleared");

        for (Map<String, Object> payload : List.of(first, second, cleared)) {
            JsonNode result = api.post("/api/v1/MassActions/action/upsert",
                    List.of(Map.of("entity", "Specimen", "payload", payload),
                            Map.of("entity", "Specimen", "payload", Map.of("id", "specimen-bystander", "label",
                                    payload.get("label"))))).json();
            assertThat(result.get(0).get("status").asText()).as(result.toString()).isIn("Created", "Updated");
            assertThat(result.get(1).get("status").asText()).as(result.toString()).isIn("Created", "Updated");
            JsonNode read = api.get("/api/v1/Specimen/specimen-changing").json();
            payload.forEach((attribute, value) -> assertThat(read.get(attribute)).as(attribute)
                    .isEqualTo(ApiClient.JSON.valueToTree(value)));
            assertThat(api.get("/api/v1/Specimen/specimen-bystander").json().get("label").asText())
                    .isEqualTo(payload.get("label"));
        }
    }

    @Test
    void anUpsertAnswersEachRecordAsAReadOfItAfterwardsShowsIt() {
        String maker = api.post("/api/v1/Brand", Map.of("name", "Answering maker", "code", "answering-maker")).json()
                .get("id").asText();
        assertThat(api.post("/api/v1/Specimen", Map.of("id", "specimen-answered", "label", "before", "count", 5,
                "body", "kept as it was", "day", "2026-01-02")).status()).isEqualTo(200);
        Map<String, Object> update = new java.util.LinkedHashMap<>();
        update.put("id", "specimen-answered");
        update.put("label", "after");
        update.put("ratio", 0.25);
        update.put("maker" + "Id", maker);
        update.put("serial", "  s-answered ");
        update.put("data", Map.of("k", List.of(1, 2.5, "three")));
        Map<String, Object> create = new java.util.LinkedHashMap<>();
        create.put("id", "specimen-answering");
        create.put("label", "new one");
        create.put("flag", false);
        create.put("count", 0);
        create.put("kinds", List.of("y", "x"));
        create.put("at", "2026-03-29T04:30:15+02:00");
        create.put("makerId", maker);

        JsonNode result = api.post("/api/v1/MassActions/action/upsert", List.of(
                Map.of("entity", "Specimen", "payload", update), Map.of("entity", "Specimen", "payload", create))).json();

        assertThat(result.get(0).get("status").asText()).as(result.toString()).isEqualTo("Updated");
        assertThat(result.get(1).get("status").asText()).as(result.toString()).isEqualTo("Created");
        for (JsonNode item : result) {
            JsonNode answered = item.get("entity");
            JsonNode read = api.get("/api/v1/Specimen/" + answered.get("id").asText()).json();
            assertThat(answered.get("makerName").asText()).isEqualTo("Answering maker");
            answered.fieldNames().forEachRemaining(attribute -> assertThat(answered.get(attribute))
                    .as(attribute + " of " + answered.get("id")).isEqualTo(read.get(attribute)));
            read.fieldNames().forEachRemaining(attribute -> assertThat(answered.has(attribute))
                    .as(attribute + " in the answer for " + answered.get("id")).isTrue());
        }
        assertThat(result.get(0).get("entity").get("serial").asText()).as("as the hook stored it").isEqualTo("S-ANSWERED");
        assertThat(result.get(0).get("entity").get("body").asText()).isEqualTo("kept as it was");
    }

    private static Map<String, Object> specimen(String label, String body, String serial, boolean flag, int count,
            double ratio, String kind, String day, String at) {
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("id", "specimen-changing");
        payload.put("label", label);
        payload.put("body", body);
        payload.put("serial", serial);
        payload.put("flag", flag);
        payload.put("count", count);
        payload.put("ratio", ratio);
        payload.put("kind", kind);
        payload.put("kinds", List.of(flag ? "y" : "x"));
        payload.put("items", List.of(body, count));
        payload.put("day", day);
        payload.put("at", at);
        payload.put("data", Map.of("text", body));
        return payload;
    }

    @Test
    void unicodeTextAndJsonComeBackUnchanged() {
        Map<String, Object> specimen = Map.of("label", "unicode", "body", "Grüße aus Köln 👋🏽",
                "items", List.of("naïve", "🎉", 3), "data", Map.of("grüße", "😀", "日本", List.of("ü")));

        JsonNode created = api.post("/api/v1/Specimen", specimen).json();
        JsonNode read = api.get("/api/v1/Specimen/" + created.get("id").asText()).json();

        for (String attribute : specimen.keySet()) {
            JsonNode sent = ApiClient.JSON.valueToTree(specimen.get(attribute));
            assertThat(read.get(attribute)).as(attribute).isEqualTo(sent);
        }
    }

    @Test
    void booleansKeepTheirValue() {
        String yes = api.post("/api/v1/Specimen", Map.of("label", "yes", "flag", true)).json().get("id").asText();
        String no = api.post("/api/v1/Specimen", Map.of("label", "no", "flag", false)).json().get("id").asText();

        assertThat(api.get("/api/v1/Specimen/" + yes).json().get("flag").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/Specimen/" + no).json().get("flag").isBoolean()).isTrue();
        assertThat(api.get("/api/v1/Specimen/" + no).json().get("flag").asBoolean()).isFalse();
    }

    @Test
    void dateTimesAreUtcWhateverTheJvmZone() {
        assertThat(ZoneId.systemDefault().getRules().getOffset(Instant.now()))
                .as("the test JVM runs in a zone other than UTC").isNotEqualTo(ZoneOffset.UTC);
        LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).withNano(0);

        JsonNode created = api.post("/api/v1/Specimen", Map.of("label", "timed", "at", "2026-03-08T06:00:00+03:30"))
                .json();

        JsonNode read = api.get("/api/v1/Specimen/" + created.get("id").asText()).json();
        assertThat(read.get("at").asText()).isEqualTo("2026-03-08 02:30:00");
        LocalDateTime createdAt = LocalDateTime.parse(read.get("createdAt").asText(), API_DATE_TIME);
        assertThat(Duration.between(before, createdAt)).isBetween(Duration.ZERO, Duration.ofMinutes(1));
    }
}
