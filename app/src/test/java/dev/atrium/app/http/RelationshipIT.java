package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/** To-many links: one-to-many (Brand.products) and many-to-many through ProductCategory. */
@OnEachTestDatabase
class RelationshipIT {

    private static RunningAtrium atrium;
    private static ApiClient api;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void seed(DatabaseKind database) {
        atrium = RunningAtrium.start(database);
        api = atrium.api();
        api.post("/api/v1/Brand", Map.of("id", "br-1", "name", "Brand one"));
        for (String id : List.of("cat-a", "cat-b", "cat-c")) {
            api.post("/api/v1/Category", Map.of("id", id, "name", "Category " + id));
        }
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    @Test
    void categoriesIdsWriteAndReadBackWithNames() {
        JsonNode created = api.post("/api/v1/Product", Map.of("id", "rel-1", "name", "Linked", "number", "R-1",
                "categoriesIds", List.of("cat-a", "cat-b"))).json();

        assertThat(ids(created.get("categoriesIds"))).containsExactly("cat-a", "cat-b");
        assertThat(created.get("categoriesNames").get("cat-b").asText()).isEqualTo("Category cat-b");

        ApiResponse changed = api.patch("/api/v1/Product/rel-1", Map.of("categoriesIds", List.of("cat-b", "cat-c")));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(ids(changed.json().get("categoriesIds"))).containsExactlyInAnyOrder("cat-b", "cat-c");
        assertThat(api.patch("/api/v1/Product/rel-1", Map.of("categoriesIds", List.of("cat-c", "cat-b"))).status())
                .as("the same set in another order changes nothing").isEqualTo(304);
        assertThat(api.get("/api/v1/ProductCategory?where[0][type]=equals&where[0][attribute]=productId"
                + "&where[0][value]=rel-1").json().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void relationshipRoutesListLinkAndUnlink() {
        api.post("/api/v1/Product", Map.of("id", "rel-2", "name", "Routed", "number", "R-2"));

        assertThat(api.post("/api/v1/Product/rel-2/categories", Map.of("ids", List.of("cat-a", "cat-c"))).text())
                .isEqualTo("true");
        JsonNode linked = api.get("/api/v1/Product/rel-2/categories?sortBy=name&asc=false").json();
        assertThat(linked.get("total").asInt()).isEqualTo(2);
        assertThat(linked.get("list").get(0).get("id").asText()).isEqualTo("cat-c");
        assertThat(api.get("/api/v1/Category/cat-a/products").json().get("list").findValuesAsText("id")).contains("rel-2");

        assertThat(api.send(api.request("/api/v1/Product/rel-2/categories?ids=cat-a").DELETE()).text()).isEqualTo("true");
        assertThat(ids(api.get("/api/v1/Product/rel-2").json().get("categoriesIds"))).containsExactly("cat-c");
        ApiResponse withBody = api.send(api.request("/api/v1/Product/rel-2/categories")
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"id\": \"cat-c\"}")));
        assertThat(withBody.status()).isEqualTo(200);
        assertThat(ids(api.get("/api/v1/Product/rel-2").json().get("categoriesIds"))).isEmpty();
    }

    @Test
    void oneToManyLinksThroughTheTargetsKey() {
        api.post("/api/v1/Product", Map.of("id", "rel-3", "name", "Branded", "number", "R-3"));

        api.post("/api/v1/Brand/br-1/products", Map.of("id", "rel-3"));

        assertThat(api.get("/api/v1/Product/rel-3").json().get("brandId").asText()).isEqualTo("br-1");
        assertThat(api.get("/api/v1/Brand/br-1/products").json().get("list").findValuesAsText("id")).contains("rel-3");
        assertThat(ids(api.get("/api/v1/Brand/br-1").json().get("productsIds"))).contains("rel-3");
    }

    @Test
    void linkConditionsFilterLists() {
        api.post("/api/v1/Product", Map.of("id", "rel-4", "name", "Filtered", "number", "R-4",
                "categoriesIds", List.of("cat-b")));

        JsonNode linked = api.get("/api/v1/Product?where[0][type]=linkedWith&where[0][attribute]=categories"
                + "&where[0][value][]=cat-b&select=name,categoriesIds").json();
        JsonNode unlinked = api.get("/api/v1/Product?where[0][type]=isNotLinked&where[0][attribute]=categories").json();

        assertThat(linked.get("list").findValuesAsText("id")).contains("rel-4");
        linked.get("list").forEach(product -> assertThat(ids(product.get("categoriesIds"))).contains("cat-b"));
        assertThat(unlinked.get("list").findValuesAsText("id")).doesNotContain("rel-4");
    }

    @Test
    void deletingARecordHidesItsLinkRows() {
        api.post("/api/v1/Category", Map.of("id", "cat-doomed", "name", "Doomed"));
        api.post("/api/v1/Product", Map.of("id", "rel-5", "name", "Orphan", "number", "R-5",
                "categoriesIds", List.of("cat-doomed", "cat-a")));

        api.delete("/api/v1/Category/cat-doomed");

        assertThat(ids(api.get("/api/v1/Product/rel-5").json().get("categoriesIds"))).containsExactly("cat-a");
        assertThat(api.get("/api/v1/ProductCategory?where[0][type]=equals&where[0][attribute]=categoryId"
                + "&where[0][value]=cat-doomed").json().get("total").asInt()).isZero();
    }

    @Test
    void linkingAMissingRecordIsRefusedAndChangesNothing() {
        api.post("/api/v1/Product", Map.of("id", "rel-6", "name", "Careful", "number", "R-6"));

        ApiResponse response = api.post("/api/v1/Product/rel-6/categories", Map.of("ids", List.of("cat-a", "nope")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(ids(api.get("/api/v1/Product/rel-6").json().get("categoriesIds"))).isEmpty();
        assertThat(api.post("/api/v1/Product/rel-6/brand", Map.of("id", "br-1")).status()).as("not a to-many link")
                .isEqualTo(404);
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
