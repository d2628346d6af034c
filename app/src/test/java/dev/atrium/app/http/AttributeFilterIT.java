package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/** Product lists filtered by attribute value ({@code "isAttribute": true}), over HTTP. */
@OnEachTestDatabase
class AttributeFilterIT {

    private static final String UPSERT = "/api/v1/MassActions/action/upsert";

    @Parameter
    DatabaseKind database;

    @Test
    void productsAreFilteredByTheirAttributeValues() {
        try (RunningAtrium atrium = RunningAtrium.start(database, Map.of("ATRIUM_LANGUAGES", "de_DE"))) {
            ApiClient api = atrium.api();
            catalogue(api);

            // one condition per attribute type, as bracket parameters and as a JSON string
            assertThat(ids(api.get("/api/v1/Product?where[0][type]=equals&where[0][attribute]=material"
                    + "&where[0][isAttribute]=true&where[0][value]=leather").json())).containsExactly("hiker");
            assertThat(ids(list(api, attribute("greaterThan", "weight", 1)))).containsExactly("hiker");
            assertThat(ids(list(api, attribute("greaterThan", "size", "40")))).containsExactly("hiker");
            assertThat(ids(list(api, attribute("lessThanOrEquals", "size", 40)))).containsExactly("runner");
            assertThat(ids(list(api, attribute("isTrue", "waterproof", null)))).containsExactly("hiker");
            assertThat(ids(list(api, attribute("isFalse", "waterproof", null)))).containsExactly("runner");
            assertThat(ids(list(api, attribute("arrayAnyOf", "colours", List.of("green", "yellow")))))
                    .containsExactly("runner");
            assertThat(ids(list(api, attribute("in", "material", List.of("mesh", "canvas"))))).containsExactly("runner");
            assertThat(ids(list(api, attribute("contains", "material", "EAT")))).containsExactly("hiker");
            assertThat(ids(list(api, attribute("isNotNull", "weight", null)))).containsExactly("hiker", "runner");
            assertThat(ids(api.get("/api/v1/Product?where[0][type]=arrayAnyOf&where[0][attribute]=colours"
                    + "&where[0][isAttribute]=true&where[0][value][]=blue&sortBy=name").json())).containsExactly("hiker");

            // the main language unless the item names another
            Map<String, Object> german = attribute("equals", "claim", "Trocken");
            assertThat(ids(list(api, german))).isEmpty();
            german.put("language", "de_DE");
            assertThat(ids(list(api, german))).containsExactly("hiker");

            // beside links and fields, and inside or / not
            assertThat(ids(list(api, Map.of("type", "linkedWith", "attribute", "categories", "value", List.of("boots", "shoes")),
                    Map.of("type", "equals", "attribute", "status", "value", "prepared"),
                    attribute("lessThan", "weight", 1)))).containsExactly("runner");
            assertThat(ids(list(api, Map.of("type", "and", "value", List.of(
                    Map.of("type", "linkedWith", "attribute", "categories", "value", List.of("boots")),
                    attribute("greaterThan", "weight", 1)))))).containsExactly("hiker");
            assertThat(ids(list(api, Map.of("type", "or", "value", List.of(attribute("isTrue", "waterproof", null),
                    attribute("equals", "material", "mesh")))))).containsExactly("hiker", "runner");
            JsonNode notHeavy = list(api, Map.of("type", "not", "value", List.of(attribute("greaterThan", "weight", 1))));
            assertThat(ids(notHeavy)).as("a product without the attribute is not heavy either")
                    .containsExactly("runner", "sandal");
            assertThat(notHeavy.get("total").asInt()).isEqualTo(2);

            // a value removed no longer matches
            api.send(api.request("/api/v1/Product/runner/attributeValues").header("Content-Type", "application/json")
                    .method("DELETE", java.net.http.HttpRequest.BodyPublishers.ofString("{\"attributeIds\": [\"material\"]}")));
            assertThat(ids(list(api, attribute("equals", "material", "mesh")))).isEmpty();

            // bad items are a 400 naming the problem
            assertThat(reason(api, attribute("equals", "nope", 1))).contains("where[0] (equals on 'nope')")
                    .contains("attribute 'nope', which is not found");
            assertThat(reason(api, attribute("equals", "size", "big"))).contains("not a valid int: big");
            assertThat(reason(api, attribute("greaterThan", "waterproof", "maybe"))).contains("not a valid bool");
            assertThat(reason(api, attribute("isTrue", "size", null))).contains("applies to bool fields only");
            Map<String, Object> english = attribute("equals", "material", "mesh");
            english.put("language", "en_GB");
            assertThat(reason(api, english)).contains("'material' is not multilingual");
            ApiResponse brand = api.get("/api/v1/Brand?where=" + encode(List.of(attribute("equals", "weight", 1))));
            assertThat(brand.status()).isEqualTo(400);
            assertThat(brand.json().get("reason").asText()).contains("sets 'isAttribute', which filters of Brand do not support");
        }
    }

    @Test
    void theCountMatchesTheListAndMassActionsFilterAlike() {
        try (RunningAtrium atrium = RunningAtrium.start(database)) {
            ApiClient api = atrium.api();
            api.post("/api/v1/Attribute", Map.of("id", "size", "name", "Size", "code", "size", "type", "int"));
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                items.add(Map.of("entity", "Product", "payload", Map.of("id", "p-" + i, "name", "P " + i, "number", "N-" + i)));
                if (i % 3 != 0) {
                    items.add(Map.of("entity", "ProductAttributeValue", "payload", Map.of("productId", "p-" + i,
                            "attributeId", "size", "intValue", i)));
                }
            }
            assertThat(api.post(UPSERT, items).json()).allSatisfy(result -> assertThat(result.get("status").asText())
                    .isEqualTo("Created"));

            Map<String, Object> large = attribute("greaterThanOrEquals", "size", 60);
            long expected = java.util.stream.IntStream.range(60, 120).filter(i -> i % 3 != 0).count();
            assertThat(list(api, "&totalOnly=true", large).get("total").asLong()).isEqualTo(expected);
            JsonNode firstPage = list(api, "&maxSize=15&sortBy=name", large);
            assertThat(firstPage.get("total").asLong()).isEqualTo(expected);
            assertThat(firstPage.get("list")).hasSize(15);

            JsonNode updated = api.put("/api/v1/Product/action/massUpdate", Map.of("where", List.of(large),
                    "byWhere", true, "attributes", Map.of("status", "prepared"))).json();
            assertThat(updated.get("count").asLong()).isEqualTo(expected);
            assertThat(api.get("/api/v1/Product?where[0][type]=equals&where[0][attribute]=status"
                    + "&where[0][value]=prepared&totalOnly=true").json().get("total").asLong()).isEqualTo(expected);
        }
    }

    @Test
    void filteringByAttributeValuesNeedsReadAccessToThem() {
        try (RunningAtrium atrium = RunningAtrium.start(database)) {
            ApiClient admin = atrium.api();
            admin.post("/api/v1/Attribute", Map.of("id", "size", "name", "Size", "code", "size", "type", "int"));
            admin.post("/api/v1/Product", Map.of("id", "big", "name", "Big", "number", "B-1"));
            admin.post("/api/v1/Product/big/upsertAttributeValues", List.of(Map.of("attributeId", "size", "value", 50)));
            ApiClient productsOnly = user(admin, atrium, "products-only", Map.of("Product", "all"));
            ApiClient ownValues = user(admin, atrium, "own-values", Map.of("Product", "all", "ProductAttributeValue", "own"));
            ApiClient allValues = user(admin, atrium, "all-values", Map.of("Product", "all", "ProductAttributeValue", "all"));
            Map<String, Object> large = attribute("greaterThan", "size", 10);

            ApiResponse refused = productsOnly.get("/api/v1/Product?where=" + encode(List.of(large)));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("reason").asText()).contains("ProductAttributeValue");
            assertThat(ids(list(ownValues, large))).as("only the values the caller may read count").isEmpty();
            assertThat(ids(list(allValues, large))).containsExactly("big");
            assertThat(ids(list(admin, large))).containsExactly("big");
        }
    }

    /** The catalogue every filter above runs on: three products, one without any attribute value. */
    private static void catalogue(ApiClient api) {
        api.post("/api/v1/Category", Map.of("id", "shoes", "name", "Shoes"));
        api.post("/api/v1/Category", Map.of("id", "boots", "name", "Boots", "parentsIds", List.of("shoes")));
        attribute(api, "weight", "float", Map.of());
        attribute(api, "size", "int", Map.of());
        attribute(api, "waterproof", "bool", Map.of());
        attribute(api, "colours", "multiEnum", Map.of("options", List.of("red", "blue", "green")));
        attribute(api, "material", "varchar", Map.of());
        attribute(api, "claim", "varchar", Map.of("isMultilang", true));
        api.post("/api/v1/Product", Map.of("id", "hiker", "name", "Hiker", "number", "H-1", "categoriesIds", List.of("boots")));
        api.post("/api/v1/Product", Map.of("id", "runner", "name", "Runner", "number", "R-1", "status", "prepared",
                "categoriesIds", List.of("shoes")));
        api.post("/api/v1/Product", Map.of("id", "sandal", "name", "Sandal", "number", "S-1"));
        JsonNode hiker = api.post("/api/v1/Product/hiker/upsertAttributeValues", List.of(
                value("weight", 1.4), value("size", 42), value("waterproof", true), value("colours", List.of("red", "blue")),
                value("material", "leather"), value("claim", "Dry"),
                Map.of("attributeId", "claim", "value", "Trocken", "language", "de_DE"))).json();
        JsonNode runner = api.post("/api/v1/Product/runner/upsertAttributeValues", List.of(
                value("weight", 0.6), value("size", 40), value("waterproof", false), value("colours", List.of("green")),
                value("material", "mesh"))).json();
        assertThat(hiker.asBoolean()).as(hiker.toString()).isTrue();
        assertThat(runner.asBoolean()).as(runner.toString()).isTrue();
    }

    private static void attribute(ApiClient api, String code, String type, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.putAll(Map.of("id", code, "name", code, "code", code, "type", type));
        assertThat(api.post("/api/v1/Attribute", body).status()).isEqualTo(200);
    }

    private static Map<String, Object> value(String attributeId, Object value) {
        return Map.of("attributeId", attributeId, "value", value);
    }

    /** A where item on an attribute's value; a null value is left out. */
    private static Map<String, Object> attribute(String type, String attributeId, Object value) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", type);
        item.put("attribute", attributeId);
        item.put("isAttribute", true);
        if (value != null) {
            item.put("value", value);
        }
        return item;
    }

    /** A user with read access to exactly the given entities, at the given levels. */
    private static ApiClient user(ApiClient admin, RunningAtrium atrium, String name, Map<String, String> reads) {
        String roleId = admin.post("/api/v1/Role", Map.of("name", name)).json().get("id").asText();
        reads.forEach((entity, level) -> admin.post("/api/v1/RoleScope", Map.of("roleId", roleId, "name", entity,
                "hasAccess", true, "readAction", level, "editAction", "no", "deleteAction", "no", "createAction", "no")));
        admin.post("/api/v1/User", Map.of("userName", name, "password", name + "-secret-1", "rolesIds", List.of(roleId)));
        return atrium.anonymous().loggedInAs(name, name + "-secret-1");
    }

    private static JsonNode list(ApiClient api, Object... where) {
        return list(api, "&sortBy=name", where);
    }

    private static JsonNode list(ApiClient api, String parameters, Object... where) {
        ApiResponse response = api.get("/api/v1/Product?where=" + encode(List.of(where)) + parameters);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private static String reason(ApiClient api, Object... where) {
        ApiResponse response = api.get("/api/v1/Product?where=" + encode(List.of(where)));
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        return response.json().get("reason").asText();
    }

    private static String encode(Object where) {
        try {
            return URLEncoder.encode(ApiClient.JSON.writeValueAsString(where), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("list").forEach(record -> ids.add(record.get("id").asText()));
        return ids;
    }
}
