package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
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
 * What AtroCore clients send works unchanged: old field names, unknown and control keys, the values
 * last seen ({@code _prev}); and, beyond AtroCore, every single-record answer carries an ETag that
 * {@code If-Match} checks on every write path.
 */
@OnEachTestDatabase
class AtroCoreHabitsIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
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
    void atroCoresDocumentedUpsertExampleCreatesAProduct() {
        ApiResponse answer = api.post("/api/v1/MassActions/action/upsert",
                "[{\"entity\":\"Product\",\"payload\":{\"name\":\"Apple iPhone 15\",\"sku\":\"iphone15\"}}]");
        assertThat(answer.json().get(0).get("status").asText()).as(answer.toString()).isEqualTo("Created");
        assertThat(answer.json().get(0).get("entity").get("number").asText()).isEqualTo("iphone15");
        assertThat(answer.json().get(0).get("entity").has("sku")).isFalse();
    }

    @Test
    void oldFieldNamesAreAcceptedWhereverAFieldIsNamed() {
        int n = SEQUENCE.incrementAndGet();
        String id = api.post("/api/v1/Product", Map.of("name", "Aliased", "sku", "old-" + n, "productStatus", "prepared"))
                .json().get("id").asText();
        JsonNode stored = api.get("/api/v1/Product/" + id).json();
        assertThat(stored.get("number").asText()).isEqualTo("old-" + n);
        assertThat(stored.get("status").asText()).isEqualTo("prepared");
        assertThat(api.patch("/api/v1/Product/" + id, Map.of("sku", "renamed-" + n)).json().get("number").asText())
                .isEqualTo("renamed-" + n);
        JsonNode page = api.get("/api/v1/Product?select=sku,productStatus&sortBy=sku&asc=false"
                + "&where[0][type]=equals&where[0][attribute]=sku&where[0][value]=renamed-" + n).json();
        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(page.get("list").get(0).get("number").asText()).isEqualTo("renamed-" + n);
        assertThat(page.get("list").get(0).get("status").asText()).isEqualTo("prepared");
        assertThat(api.put("/api/v1/Product/action/massUpdate", Map.of("ids", List.of(id),
                "attributes", Map.of("productStatus", "reviewed"))).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/Product/" + id).json().get("status").asText()).isEqualTo("reviewed");
    }

    @Test
    void unknownKeysAreIgnoredAndNamedControlKeysAreNot() {
        int n = SEQUENCE.incrementAndGet();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Loose");
        body.put("code", "loose-" + n);
        body.put("colour", "red");
        body.put("forceDuplicate", true);
        body.put("_silentMode", true);
        ApiResponse created = api.post("/api/v1/Brand", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.header("X-Atrium-Ignored-Fields")).isEqualTo("colour");
        assertThat(created.json().has("colour")).isFalse();
        String id = created.json().get("id").asText();
        Map<String, Object> loose = new LinkedHashMap<>();
        loose.put("name", "Looser");
        loose.put("size", 3);
        loose.put("weight", 1);
        ApiResponse updated = api.patch("/api/v1/Brand/" + id, loose);
        assertThat(updated.header("X-Atrium-Ignored-Fields")).isEqualTo("size,weight");
        ApiResponse clean = api.patch("/api/v1/Brand/" + id, Map.of("name", "Loosest"));
        assertThat(clean.header("X-Atrium-Ignored-Fields")).isNull();
        JsonNode item = api.post("/api/v1/MassActions/action/upsert", List.of(Map.of("entity", "Brand",
                "payload", Map.of("code", "loose-" + n, "name", "Upserted", "colour", "blue")))).json().get(0);
        assertThat(item.get("status").asText()).isEqualTo("Updated");
        assertThat(item.get("ignoredFields").get(0).asText()).isEqualTo("colour");
    }

    @Test
    void anUpdateCarryingValuesThatChangedMeanwhileIsAConflictAndWritesNothing() {
        int n = SEQUENCE.incrementAndGet();
        String id = api.post("/api/v1/Brand", Map.of("name", "Seen", "code", "seen-" + n)).json().get("id").asText();
        api.patch("/api/v1/Brand/" + id, Map.of("name", "Changed by another"));
        Map<String, Object> stale = Map.of("name", "Mine", "description", "mine", "_prev",
                Map.of("name", "Seen", "description", ""));
        for (ApiResponse conflict : List.of(api.patch("/api/v1/Brand/" + id, stale), api.put("/api/v1/Brand/" + id, stale))) {
            assertThat(conflict.status()).as(conflict.toString()).isEqualTo(409);
            assertThat(conflict.header("X-Status-Reason")).contains("name");
            assertThat(conflict.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
        }
        JsonNode item = api.post("/api/v1/MassActions/action/upsert", List.of(Map.of("entity", "Brand",
                "payload", Map.of("id", id, "name", "Mine", "_prev", Map.of("name", "Seen"))))).json().get(0);
        assertThat(item.get("status").asText()).isEqualTo("Failed");
        assertThat(item.get("message").asText()).contains("name");
        assertThat(api.get("/api/v1/Brand/" + id).json().get("name").asText()).isEqualTo("Changed by another");

        ApiResponse current = api.patch("/api/v1/Brand/" + id, Map.of("name", "Mine", "_prev",
                Map.of("name", "Changed by another")));
        assertThat(current.status()).isEqualTo(200);
        Map<String, Object> forced = new LinkedHashMap<>(stale);
        forced.put("_skipCheckForConflicts", true);
        assertThat(api.patch("/api/v1/Brand/" + id, forced).status()).isIn(200, 304);
    }

    @Test
    void everyWritePathMovesTheVersionThatIfMatchChecks() {
        int n = SEQUENCE.incrementAndGet();
        ApiResponse created = api.post("/api/v1/Product", Map.of("name", "Versioned", "number", "v-" + n));
        String id = created.json().get("id").asText();
        String path = "/api/v1/Product/" + id;
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.get(path).header("ETag")).isEqualTo("\"1\"");

        assertThat(ifMatch("PATCH", path, "\"7\"", Map.of("name", "Stale")).status()).isEqualTo(412);
        ApiResponse fresh = ifMatch("PATCH", path, "\"1\"", Map.of("name", "Fresh"));
        assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
        assertThat(fresh.header("ETag")).isEqualTo("\"2\"");
        assertThat(ifMatch("PUT", path, "W/\"2\"", Map.of("name", "Weak")).status()).isEqualTo(412);
        assertThat(ifMatch("PUT", path, "\"1\", \"2\"", Map.of("name", "Listed")).status()).isEqualTo(200);

        String category = api.post("/api/v1/Category", Map.of("name", "Versions " + n)).json().get("id").asText();
        String brand = api.post("/api/v1/Brand", Map.of("name", "Versions " + n)).json().get("id").asText();
        long version = version(path);
        api.post(path + "/categories", Map.of("ids", List.of(category)));
        assertThat(version(path)).isEqualTo(++version);
        api.put("/api/v1/Product/action/massUpdate", Map.of("ids", List.of(id), "attributes", Map.of("quantity", 4)));
        assertThat(version(path)).isEqualTo(++version);
        api.post("/api/v1/MassActions/action/upsert", List.of(Map.of("entity", "Product",
                "payload", Map.of("id", id, "quantity", 5))));
        assertThat(version(path)).isEqualTo(++version);
        api.post("/api/v1/Brand/" + brand + "/products", Map.of("ids", List.of(id)));
        assertThat(version(path)).as("a link stored in the product itself").isEqualTo(++version);

        assertThat(ifMatch("DELETE", path, "\"1\"", null).status()).isEqualTo(412);
        assertThat(api.get(path).status()).isEqualTo(200);
        assertThat(ifMatch("DELETE", path, "\"" + version + "\"", null).status()).isEqualTo(200);
        assertThat(api.get(path).status()).isEqualTo(404);
    }

    @Test
    void theVersionIsNeitherShownNorWritable() {
        int n = SEQUENCE.incrementAndGet();
        JsonNode created = api.post("/api/v1/Brand", Map.of("name", "Plain", "code", "plain-" + n, "rowVersion", 40))
                .json();
        assertThat(created.has("rowVersion")).isFalse();
        assertThat(api.get("/api/v1/Brand/" + created.get("id").asText()).header("ETag")).isEqualTo("\"1\"");
        assertThat(api.get("/api/v1/Metadata").text()).doesNotContain("rowVersion");
        assertThat(atrium.anonymous().get("/openapi.json").text()).doesNotContain("rowVersion");
    }

    @Test
    void strictInputRefusesUnknownKeys() {
        if (database != DatabaseKind.H2) {
            return;
        }
        try (RunningAtrium strict = RunningAtrium.start(Map.of("ATRIUM_STRICT_INPUT", "true"))) {
            ApiResponse refused = strict.api().post("/api/v1/Brand", Map.of("name", "Strict", "colour", "red"));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("colour");
            assertThat(strict.api().post("/api/v1/Brand", Map.of("name", "Strict", "_prev", Map.of())).status())
                    .as("control keys stay accepted").isEqualTo(200);
        }
    }

    private static long version(String path) {
        String tag = api.get(path).header("ETag");
        return Long.parseLong(tag.substring(1, tag.length() - 1));
    }

    private static ApiResponse ifMatch(String method, String path, String tag, Object body) {
        HttpRequest.Builder request = api.request(path).header("If-Match", tag);
        if (body == null) {
            return api.send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        try {
            return api.send(request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(body))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
