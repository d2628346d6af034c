package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

import com.fasterxml.jackson.databind.JsonNode;

/** POST /api/v1/MassActions/action/upsert as AtroCore clients use it, and its streaming and dry-run forms. */
@OnEachTestDatabase
class UpsertIT {

    private static final String UPSERT = "/api/v1/MassActions/action/upsert";
    private static RunningAtrium atrium;
    private static ApiClient api;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind database) {
        atrium = RunningAtrium.start(database, Map.of("ATRIUM_UPSERT_MAX_ITEMS", "50"));
        api = atrium.api();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    @Test
    void everyStatusInOneCallOverMixedEntities() {
        api.post("/api/v1/Brand", Map.of("id", "up-b1", "name", "Existing", "code", "up-existing"));

        JsonNode results = api.post(UPSERT, List.of(
                item("Brand", Map.of("name", "New brand", "code", "up-new")),
                item("Brand", Map.of("code", "up-existing", "name", "Renamed by code")),
                item("Brand", Map.of("id", "up-b1", "name", "Renamed by code")),
                item("Product", Map.of("id", "up-p1", "name", "Given id", "number", "UP-1", "brandId", "up-b1")),
                item("Product", Map.of("name", "No number")),
                Map.of("payload", Map.of("name", "x")),
                Map.of("entity", "Brand"),
                item("Nothing", Map.of("name", "x")))).json();

        assertThat(statuses(results)).containsExactly("Created", "Updated", "NotModified", "Created", "Failed", "Failed",
                "Failed", "Failed");
        assertThat(results.get(0).get("stored").asBoolean()).isTrue();
        assertThat(results.get(0).get("entity").get("code").asText()).isEqualTo("up-new");
        assertThat(results.get(1).get("entity").get("id").asText()).isEqualTo("up-b1");
        assertThat(results.get(2).has("entity")).isFalse();
        assertThat(results.get(3).get("entity").get("id").asText()).as("a given id is kept").isEqualTo("up-p1");
        assertThat(results.get(3).get("entity").get("brandName").asText()).isEqualTo("Renamed by code");
        assertThat(results.get(4).get("stored").asBoolean()).isFalse();
        assertThat(results.get(4).get("message").asText()).contains("'number' is required");
        assertThat(results.get(5).get("message").asText()).isEqualTo("'entity' parameter is required.");
        assertThat(results.get(6).get("message").asText()).isEqualTo("'payload' parameter is required.");
        assertThat(api.get("/api/v1/Brand?where[0][type]=equals&where[0][attribute]=code&where[0][value]=up-existing")
                .json().get("total").asInt()).as("matched, not created again").isEqualTo(1);
    }

    @Test
    void failuresBetweenSuccessesChangeNothingOfTheirOwn() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            items.add(item("Product", i % 3 == 1 ? Map.of("name", "Bad " + i, "number", "MID-" + i, "status", "bogus")
                    : Map.of("name", "Good " + i, "number", "MID-" + i)));
        }

        JsonNode results = api.post(UPSERT, items).json();

        assertThat(statuses(results)).containsExactly("Created", "Failed", "Created", "Created", "Failed", "Created",
                "Created", "Failed", "Created");
        assertThat(api.get("/api/v1/Product?where[0][type]=startsWith&where[0][attribute]=number&where[0][value]=MID-")
                .json().get("total").asInt()).isEqualTo(6);
    }

    @Test
    void aUniqueIndexMatchesWhenAllItsColumnsArePresent() {
        api.post("/api/v1/Product", Map.of("id", "ui-p", "name", "P", "number", "UI-1"));
        api.post("/api/v1/Category", Map.of("id", "ui-c", "name", "C"));
        JsonNode first = api.post(UPSERT, List.of(item("ProductCategory",
                Map.of("productId", "ui-p", "categoryId", "ui-c", "sorting", 1)))).json();

        JsonNode second = api.post(UPSERT, List.of(item("ProductCategory",
                Map.of("productId", "ui-p", "categoryId", "ui-c", "sorting", 2)))).json();

        assertThat(statuses(first)).containsExactly("Created");
        assertThat(statuses(second)).containsExactly("Updated");
        assertThat(second.get(0).get("entity").get("id").asText()).isEqualTo(first.get(0).get("entity").get("id").asText());
    }

    @Test
    void theSameKeyTwiceInOneCallCreatesOnceThenUpdates() {
        JsonNode results = api.post(UPSERT, List.of(
                item("Brand", Map.of("name", "Twice", "code", "up-twice")),
                item("Brand", Map.of("name", "Twice again", "code", "up-twice")))).json();

        assertThat(statuses(results)).containsExactly("Created", "Updated");
        assertThat(api.get("/api/v1/Brand?where[0][type]=equals&where[0][attribute]=code&where[0][value]=up-twice")
                .json().get("list").get(0).get("name").asText()).isEqualTo("Twice again");
    }

    @Test
    void linksByIdWorkInsidePayloads() {
        api.post("/api/v1/Category", Map.of("id", "up-cat", "name", "Linked category"));

        JsonNode result = api.post(UPSERT, List.of(item("Product", Map.of("name", "Categorised", "number", "UP-CAT",
                "categoriesIds", List.of("up-cat"))))).json().get(0);

        assertThat(result.get("entity").get("categoriesIds").get(0).asText()).isEqualTo("up-cat");
    }

    @Test
    void dryRunValidatesAndWritesNothing() {
        long before = total("Brand");

        JsonNode results = api.post(UPSERT + "?dryRun=true", List.of(item("Brand", Map.of("name", "Dry", "code", "dry")),
                item("Brand", Map.of("code", 5)))).json();

        assertThat(statuses(results)).containsExactly("Created", "Failed");
        assertThat(results.get(0).get("stored").asBoolean()).isFalse();
        assertThat(total("Brand")).isEqualTo(before);
    }

    @Test
    void moreItemsThanTheLimitIs413AndWritesNothing() {
        long before = total("Brand");
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            items.add(item("Brand", Map.of("name", "Too many " + i)));
        }

        ApiResponse response = api.post(UPSERT, items);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("X-Status-Reason")).contains("50");
        assertThat(total("Brand")).isEqualTo(before);
    }

    @Test
    void ndjsonStreamsOneResultPerLine() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            lines.append("{\"entity\":\"Brand\",\"payload\":{\"name\":\"Line ").append(i).append("\",\"code\":\"nd-")
                    .append(i % 100).append("\"}}\n");
        }
        lines.append("not json\n");

        ApiResponse response = api.send(api.request(UPSERT).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(lines.toString())));

        String[] results = response.text().split("\n");
        assertThat(response.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(results).hasSize(121);
        assertThat(results[0]).contains("\"Created\"");
        assertThat(results[100]).as("code nd-0 again").contains("\"Updated\"");
        assertThat(results[120]).contains("\"Failed\"").contains("Malformed JSON");
    }

    @Test
    void malformedBodiesAre400() {
        assertThat(api.raw("POST", UPSERT, "application/json", "{\"entity\": \"Brand\"}").status()).isEqualTo(400);
        assertThat(api.raw("POST", UPSERT, "application/json", "[{\"entity\": ").status()).isEqualTo(400);
    }

    static Map<String, Object> item(String entity, Map<String, Object> payload) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("entity", entity);
        item.put("payload", payload);
        return item;
    }

    static List<String> statuses(JsonNode results) {
        List<String> statuses = new ArrayList<>();
        results.forEach(result -> statuses.add(result.get("status").asText()));
        return statuses;
    }

    private static long total(String entity) {
        return api.get("/api/v1/" + entity + "?totalOnly=true").json().get("total").asLong();
    }
}
