package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/** A catalogue manager's day with the PIM module, over HTTP. */
@OnEachTestDatabase
class CatalogueIT {

    private static final String UPSERT = "/api/v1/MassActions/action/upsert";

    @Parameter
    DatabaseKind database;

    @Test
    void aCatalogueManagersDay() {
        try (RunningAtrium atrium = RunningAtrium.start(database, Map.of("ATRIUM_LANGUAGES", "de_DE"))) {
            ApiClient api = atrium.api();

            // a category tree, which can never loop
            assertThat(api.post("/api/v1/Category", Map.of("id", "all", "name", "All", "code", " all  products ")).json()
                    .get("code").asText()).as("codes are trimmed, inner blanks become one underscore").isEqualTo("all_products");
            api.post("/api/v1/Category", Map.of("id", "shoes", "name", "Shoes", "nameDeDe", "Schuhe", "parentsIds", List.of("all")));
            api.post("/api/v1/Category", Map.of("id", "boots", "name", "Boots", "parentsIds", List.of("shoes")));
            ApiResponse loop = api.patch("/api/v1/Category/all", Map.of("parentsIds", List.of("boots")));
            assertThat(loop.status()).isEqualTo(400);
            assertThat(loop.json().get("errors").get(0).get("code").asText()).isEqualTo("cycle");
            assertThat(api.get("/api/v1/Category/all").json().get("parentsIds")).as("nothing written").isEmpty();
            assertThat(api.patch("/api/v1/Category/shoes", Map.of("parentsIds", List.of("shoes"))).status()).isEqualTo(400);
            assertThat(ids(api.get("/api/v1/Category/shoes/children").json())).containsExactly("boots");
            ApiResponse massLoop = api.put("/api/v1/Category/action/massUpdate", Map.of("ids", List.of("all"),
                    "attributes", Map.of("parentsIds", List.of("boots"))));
            assertThat(massLoop.status()).as("a mass update cannot move categories").isEqualTo(400);
            assertThat(api.get("/api/v1/Category/all").json().get("parentsIds")).isEmpty();

            // attributes and a classification that requires one of them
            api.post("/api/v1/Attribute", Map.of("id", "weight", "name", "Weight", "code", "weight", "type", "float",
                    "min", 0, "max", 100));
            api.post("/api/v1/Attribute", Map.of("id", "colour", "name", "Colour", "code", "colour", "type", "enum",
                    "options", List.of("red", "blue")));
            api.post("/api/v1/Attribute", Map.of("id", "claim", "name", "Claim", "code", "claim", "type", "varchar",
                    "isMultilang", true, "maxLength", 40));
            api.post("/api/v1/Classification", Map.of("id", "footwear", "name", "Footwear", "code", "footwear"));
            api.post("/api/v1/ClassificationAttribute", Map.of("classificationId", "footwear", "attributeId", "colour",
                    "isRequired", true));
            assertThat(api.post("/api/v1/ClassificationAttribute", Map.of("classificationId", "footwear",
                    "attributeId", "colour")).status()).as("an attribute is in a classification once").isEqualTo(400);

            // products with attribute values in two languages
            assertThat(api.post("/api/v1/Product", Map.of("name", "Bad code", "number", "X-1", "ean", "4006381333932"))
                    .json().get("errors").get(0).get("code").asText()).isEqualTo("checksum");
            api.post("/api/v1/Product", Map.of("id", "hiker", "name", "Hiker", "nameDeDe", "Wanderstiefel", "number",
                    "H-1", "ean", "4006381333931", "categoriesIds", List.of("boots"), "classificationsIds",
                    List.of("footwear")));
            api.post("/api/v1/Product", Map.of("id", "runner", "name", "Runner", "number", "R-1", "status", "prepared",
                    "categoriesIds", List.of("shoes")));
            ApiResponse refused = api.post("/api/v1/Product/hiker/upsertAttributeValues", List.of(
                    Map.of("attributeId", "weight", "value", 1000),
                    Map.of("attributeId", "colour", "value", "green")));
            assertThat(refused.status()).as("all or nothing").isEqualTo(400);
            assertThat(refused.json().get("reason").asText()).contains("'value' must not be greater than 100");
            assertThat(api.post("/api/v1/Product/hiker/upsertAttributeValues", List.of(
                    Map.of("attributeId", "weight", "value", 1.4),
                    Map.of("attributeId", "claim", "value", "Dry in any weather"),
                    Map.of("attributeId", "claim", "value", "Trocken bei jedem Wetter", "language", "de_DE"))).text())
                    .isEqualTo("true");
            api.post("/api/v1/Product/runner/upsertAttributeValues", List.of(Map.of("attributeId", "weight", "value", 0.6)));
            JsonNode stored = api.get("/api/v1/Product/hiker/attributeValues").json();
            assertThat(stored).hasSize(3);
            assertThat(stored).filteredOn(value -> value.get("language").asText().equals("de_DE")).singleElement()
                    .satisfies(value -> assertThat(value.get("value").asText()).isEqualTo("Trocken bei jedem Wetter"));

            // filter by category, by attribute value and by status
            assertThat(ids(api.get("/api/v1/Product?where[0][type]=linkedWith&where[0][attribute]=categories"
                    + "&where[0][value][]=boots").json())).containsExactly("hiker");
            JsonNode heavy = api.get("/api/v1/ProductAttributeValue?where[0][type]=equals&where[0][attribute]=attributeId"
                    + "&where[0][value]=weight&where[1][type]=greaterThan&where[1][attribute]=floatValue&where[1][value]=1"
                    + "&select=productId").json();
            assertThat(heavy.get("list")).extracting(value -> value.get("productId").asText()).containsExactly("hiker");
            assertThat(ids(api.get("/api/v1/Product?where[0][type]=equals&where[0][attribute]=status"
                    + "&where[0][value]=prepared").json())).containsExactly("runner");

            // a tree in one upsert: a child may name a parent of the same request, not one that failed in it
            assertThat(statuses(api.post(UPSERT, List.of(
                    Map.of("entity", "Category", "payload", Map.of("id", "t-child", "name", "Child", "parentsIds", List.of("t-root"))),
                    Map.of("entity", "Category", "payload", Map.of("id", "t-root", "name", "Root")))).json()))
                    .containsExactly("Created", "Created");
            JsonNode orphan = api.post(UPSERT, List.of(
                    Map.of("entity", "Category", "payload", Map.of("id", "t-bad", "code", "no name")),
                    Map.of("entity", "Category", "payload", Map.of("id", "t-orphan", "name", "Orphan", "parentsIds", List.of("t-bad")))))
                    .json();
            assertThat(statuses(orphan)).containsExactly("Failed", "Failed");
            assertThat(orphan.get(1).get("message").asText()).contains("'t-bad'");
            assertThat(api.get("/api/v1/Category/t-orphan").status()).isEqualTo(404);
            JsonNode chain = api.post(UPSERT, List.of(
                    Map.of("entity", "Category", "payload", Map.of("id", "t-p", "name", "P", "parentsIds", List.of("missing"))),
                    Map.of("entity", "Category", "payload", Map.of("id", "t-c", "name", "C", "parentsIds", List.of("t-p"))))).json();
            assertThat(statuses(chain)).containsExactly("Failed", "Failed");
            assertThat(chain.get(1).get("message").asText()).contains("failed in the same request");

            // ready only with every required attribute filled
            ApiResponse notYet = api.patch("/api/v1/Product/hiker", Map.of("status", "ready"));
            assertThat(notYet.status()).isEqualTo(400);
            assertThat(notYet.json().get("reason").asText()).contains("colour");
            assertThat(api.get("/api/v1/Product/hiker").json().get("status").asText()).isEqualTo("draft");
            assertThat(api.put("/api/v1/Product/action/massUpdate", Map.of("ids", List.of("hiker"),
                    "attributes", Map.of("status", "ready"))).status()).as("nor make products ready").isEqualTo(400);
            assertThat(api.get("/api/v1/Product/hiker").json().get("status").asText()).isEqualTo("draft");
            api.post("/api/v1/Product/hiker/upsertAttributeValues", List.of(Map.of("attributeId", "colour", "value", "red")));
            assertThat(api.patch("/api/v1/Product/hiker", Map.of("status", "ready")).json().get("status").asText())
                    .isEqualTo("ready");

            // values of one attribute removed in every language
            assertThat(api.delete("/api/v1/Product/hiker/attributeValues").status()).isEqualTo(400);
            api.send(api.request("/api/v1/Product/hiker/attributeValues").header("Content-Type", "application/json")
                    .method("DELETE", java.net.http.HttpRequest.BodyPublishers.ofString("{\"attributeIds\": [\"claim\"]}")));
            assertThat(api.get("/api/v1/Product/hiker/attributeValues").json()).hasSize(2);

            // 1,000 products with their categories and attribute values in one upsert
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                Map<String, Object> product = new LinkedHashMap<>();
                product.put("id", "bulk-" + i);
                product.put("name", "Bulk product " + i);
                product.put("number", "B-" + i);
                product.put("categoriesIds", List.of(i % 2 == 0 ? "boots" : "shoes"));
                items.add(Map.of("entity", "Product", "payload", product));
            }
            for (int i = 0; i < 1000; i++) {
                items.add(Map.of("entity", "ProductAttributeValue", "payload", Map.of("productId", "bulk-" + i,
                        "attributeId", "weight", "floatValue", i % 100)));
            }
            JsonNode results = api.post(UPSERT, items).json();
            assertThat(statuses(results)).hasSize(2000).containsOnly("Created");
            assertThat(api.get("/api/v1/Product?where[0][type]=linkedWith&where[0][attribute]=categories"
                    + "&where[0][value][]=boots&totalOnly=true").json().get("total").asInt()).isEqualTo(501);
            assertThat(api.get("/api/v1/ProductAttributeValue?where[0][type]=equals&where[0][attribute]=attributeId"
                    + "&where[0][value]=weight&totalOnly=true").json().get("total").asInt()).isEqualTo(1002);
            JsonNode again = api.post(UPSERT, List.of(Map.of("entity", "ProductAttributeValue", "payload",
                    Map.of("productId", "bulk-7", "attributeId", "weight", "floatValue", 99)))).json();
            assertThat(statuses(again)).as("matched by product, attribute and language").containsExactly("Updated");
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("list").forEach(record -> ids.add(record.get("id").asText()));
        return ids;
    }

    private static List<String> statuses(JsonNode results) {
        List<String> statuses = new ArrayList<>();
        results.forEach(result -> statuses.add(result.get("status").asText()));
        return statuses;
    }
}
