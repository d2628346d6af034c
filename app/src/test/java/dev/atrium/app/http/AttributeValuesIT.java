package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/**
 * A product's attribute values as AtroPIM clients read and write them: the contract's JSON array with each
 * value typed by its attribute, {@code true} when all of an upsert is stored and a 400 naming the attribute
 * (with nothing stored) when any value is refused, and {@code allAttributes} / {@code attributes} on lists and
 * single reads.
 */
@OnEachTestDatabase
class AttributeValuesIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static RunningAtrium atrium;
    private static ApiClient api;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind database) {
        atrium = RunningAtrium.start(database);
        api = atrium.api();
        attribute("weight", "float", Map.of("min", 0, "max", 100));
        attribute("size", "int", Map.of());
        attribute("waterproof", "bool", Map.of());
        attribute("colours", "multiEnum", Map.of("options", List.of("red", "blue")));
        attribute("launch", "date", Map.of());
        attribute("claim", "varchar", Map.of("isMultilang", true));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    @Test
    void valuesAreAnsweredAsTheContractsArrayTypedByTheirAttribute() {
        String product = product();
        ApiResponse stored = api.post("/api/v1/Product/" + product + "/upsertAttributeValues", List.of(
                Map.of("attributeId", "weight", "value", 1.5),
                Map.of("attributeId", "size", "value", 42),
                Map.of("attributeId", "waterproof", "value", true),
                Map.of("attributeId", "colours", "value", List.of("red", "blue")),
                Map.of("attributeId", "launch", "value", "2026-03-01"),
                Map.of("attributeId", "claim", "value", "Dry"),
                Map.of("attributeId", "claim", "value", "Trocken", "language", "de_DE")));
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertThat(stored.text()).isEqualTo("true");

        JsonNode values = api.get("/api/v1/Product/" + product + "/attributeValues").json();
        assertThat(values.isArray()).as(values.toString()).isTrue();
        assertThat(values).hasSize(7);
        Map<String, JsonNode> byKey = byAttributeAndLanguage(values);
        JsonNode weight = byKey.get("weight/main");
        assertThat(fieldNames(weight)).containsExactly("attributeId", "attributeName", "attributeCode", "type", "value",
                "valueUnitId", "language");
        assertThat(weight.get("attributeName").asText()).isEqualTo("Weight");
        assertThat(weight.get("attributeCode").asText()).isEqualTo("weight");
        assertThat(weight.get("type").asText()).isEqualTo("float");
        assertThat(weight.get("value").isNumber()).isTrue();
        assertThat(weight.get("value").asDouble()).isEqualTo(1.5);
        assertThat(weight.get("valueUnitId").isNull()).isTrue();
        assertThat(byKey.get("size/main").get("value").isIntegralNumber()).isTrue();
        assertThat(byKey.get("waterproof/main").get("value").isBoolean()).isTrue();
        assertThat(byKey.get("colours/main").get("value").toString()).isEqualTo("[\"red\",\"blue\"]");
        assertThat(byKey.get("launch/main").get("value").asText()).isEqualTo("2026-03-01");
        assertThat(byKey.get("claim/de_DE").get("value").asText()).isEqualTo("Trocken");

        assertThat(api.get("/api/v1/Product/missing-" + product + "/attributeValues").status()).isEqualTo(404);
    }

    @Test
    void anInvalidValueIsA400NamingItsAttributeAndNothingIsStored() {
        String product = product();
        api.post("/api/v1/Product/" + product + "/upsertAttributeValues", List.of(Map.of("attributeId", "size", "value", 1)));

        ApiResponse refused = api.post("/api/v1/Product/" + product + "/upsertAttributeValues", List.of(
                Map.of("attributeId", "size", "value", 2),
                Map.of("attributeId", "waterproof", "value", true),
                Map.of("attributeId", "weight", "value", "heavy")));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.header("X-Status-Reason")).contains("weight");
        assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("'weight'");
        Map<String, JsonNode> values = byAttributeAndLanguage(api.get("/api/v1/Product/" + product + "/attributeValues").json());
        assertThat(values.keySet()).as("none of the request stored").containsExactly("size/main");
        assertThat(values.get("size/main").get("value").asInt()).isEqualTo(1);

        ApiResponse outOfRange = api.post("/api/v1/Product/" + product + "/upsertAttributeValues", List.of(
                Map.of("attributeId", "size", "value", 3), Map.of("attributeId", "weight", "value", 500)));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.header("X-Status-Reason")).contains("weight").contains("100");
        ApiResponse unknown = api.post("/api/v1/Product/" + product + "/upsertAttributeValues", List.of(
                Map.of("attributeId", "size", "value", 4), Map.of("attributeId", "nope", "value", 1)));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.header("X-Status-Reason")).contains("nope");
        assertThat(byAttributeAndLanguage(api.get("/api/v1/Product/" + product + "/attributeValues").json())
                .get("size/main").get("value").asInt()).isEqualTo(1);
    }

    @Test
    void listsAndSingleReadsCarryTheValuesWhenAsked() {
        String number = "AV-" + SEQUENCE.incrementAndGet();
        String first = product(number);
        String second = product(number);
        String bare = product(number);
        api.post("/api/v1/Product/" + first + "/upsertAttributeValues", List.of(
                Map.of("attributeId", "size", "value", 7), Map.of("attributeId", "waterproof", "value", false)));
        api.post("/api/v1/Product/" + second + "/upsertAttributeValues", List.of(Map.of("attributeId", "size", "value", 9)));
        String mine = "where[0][type]=equals&where[0][attribute]=number&where[0][value]=" + number;

        JsonNode all = api.get("/api/v1/Product?allAttributes=true&" + mine).json();
        Map<String, JsonNode> byId = new HashMap<>();
        all.get("list").forEach(record -> byId.put(record.get("id").asText(), record.get("attributeValues")));
        assertThat(byId.get(first)).hasSize(2);
        assertThat(byId.get(second)).hasSize(1);
        assertThat(byId.get(second).get(0).get("value").asInt()).isEqualTo(9);
        assertThat(byId.get(bare)).isEmpty();

        JsonNode some = api.get("/api/v1/Product?attributes=waterproof&select=name&" + mine).json();
        some.get("list").forEach(record -> assertThat(record.get("attributeValues")).allSatisfy(value ->
                assertThat(value.get("attributeId").asText()).isEqualTo("waterproof")));
        assertThat(api.get("/api/v1/Product?" + mine).json().get("list").get(0).has("attributeValues"))
                .as("only when asked").isFalse();

        JsonNode single = api.get("/api/v1/Product/" + first + "?allAttributes=true").json();
        assertThat(single.get("attributeValues")).hasSize(2);
        assertThat(api.get("/api/v1/Product/" + first).json().has("attributeValues")).isFalse();
        assertThat(api.get("/api/v1/Product/" + first + "?allAttributes=maybe").status()).isEqualTo(400);
    }

    private static String product() {
        return product("AV-" + SEQUENCE.incrementAndGet());
    }

    private static String product(String number) {
        ApiResponse created = api.post("/api/v1/Product", Map.of("name", "Valued", "number", number));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return created.json().get("id").asText();
    }

    private static void attribute(String id, String type, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("id", id, "name", Character.toUpperCase(id.charAt(0))
                + id.substring(1), "code", id, "type", type));
        body.putAll(extra);
        ApiResponse created = api.post("/api/v1/Attribute", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
    }

    private static Map<String, JsonNode> byAttributeAndLanguage(JsonNode values) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        values.forEach(value -> byKey.put(value.get("attributeId").asText() + "/" + value.get("language").asText(), value));
        return byKey;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
