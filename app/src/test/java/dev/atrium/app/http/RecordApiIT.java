package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/** Create, read, update, list and delete Brand and Product over real HTTP, as the README walks through it. */
@OnEachTestDatabase
class RecordApiIT {

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
    void createReturnsTheFullRecordWithSystemFields() {
        ApiResponse created = api.post("/api/v1/Brand", Map.of("name", "Acme", "code", "acme-create"));

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        JsonNode brand = created.json();
        assertThat(brand.get("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(brand.get("name").asText()).isEqualTo("Acme");
        assertThat(brand.get("isActive").asBoolean()).isFalse();
        assertThat(brand.get("deleted").asBoolean()).isFalse();
        assertThat(brand.get("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(brand.get("modifiedAt").asText()).isEqualTo(brand.get("createdAt").asText());
        assertThat(api.get("/api/v1/Brand/" + brand.get("id").asText()).json()).isEqualTo(brand);
    }

    @Test
    void clientChosenIdIsKeptAndEntityNamesIgnoreCase() {
        ApiResponse created = api.post("/api/v1/brand", Map.of("id", "brand-chosen-1", "name", "Chosen"));

        assertThat(created.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/BRAND/brand-chosen-1").json().get("name").asText()).isEqualTo("Chosen");
        assertThat(api.post("/api/v1/Brand", Map.of("id", "brand-chosen-1", "name", "Again")).status()).isEqualTo(409);
    }

    @Test
    void productDefaultsAndBrandLinkRoundTripWithName() {
        String brandId = api.post("/api/v1/Brand", Map.of("name", "Linked Brand")).json().get("id").asText();

        JsonNode product = api.post("/api/v1/Product", Map.of("name", "Rocket", "number", "R-1",
                "brandId", brandId, "price", 12.5, "ean", "96385074")).json();

        assertThat(product.get("status").asText()).isEqualTo("draft");
        assertThat(product.get("brandId").asText()).isEqualTo(brandId);
        assertThat(product.get("brandName").asText()).isEqualTo("Linked Brand");
        assertThat(product.get("price").asDouble()).isEqualTo(12.5);
        JsonNode read = api.get("/api/v1/Product/" + product.get("id").asText()).json();
        assertThat(read.get("brandName").asText()).isEqualTo("Linked Brand");
    }

    @Test
    void patchChangesOnlyTheGivenFieldsAndUnchangedPutIs304() throws InterruptedException {
        JsonNode product = api.post("/api/v1/Product", Map.of("name", "Before", "number", "P-1")).json();
        String path = "/api/v1/Product/" + product.get("id").asText();

        ApiResponse patched = api.patch(path, Map.of("name", "After", "status", "ready"));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("name").asText()).isEqualTo("After");
        assertThat(patched.json().get("status").asText()).isEqualTo("ready");
        assertThat(patched.json().get("number").asText()).isEqualTo("P-1");

        ApiResponse unchanged = api.put(path, Map.of("name", "After", "status", "ready"));
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.text()).isEmpty();

        ApiResponse roundTrip = api.put(path, patched.json());
        assertThat(roundTrip.status()).as("a record read back from the API is accepted unchanged").isEqualTo(304);
    }

    @Test
    void softDeleteHidesTheRecordAndPermanentDeleteRemovesIt() {
        String id = api.post("/api/v1/Brand", Map.of("name", "Doomed", "code", "doomed")).json().get("id").asText();

        ApiResponse deleted = api.delete("/api/v1/Brand/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.text()).isEqualTo("true");
        assertThat(api.get("/api/v1/Brand/" + id).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/Brand/" + id).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/Brand", Map.of("name", "Reborn", "code", "doomed")).status())
                .as("a soft-deleted record no longer holds its unique code").isEqualTo(200);

        ApiResponse purged = api.send(api.request("/api/v1/Brand/" + id).header("Permanently", "true").DELETE());
        assertThat(purged.status()).isEqualTo(200);
        assertThat(api.post("/api/v1/Brand", Map.of("id", id, "name", "Same id again")).status())
                .as("the row is gone, so its id is free").isEqualTo(200);
    }

    @Test
    void listPagesInTheEntityOrderWithTotal() {
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/Brand", Map.of("name", "Paged " + i, "code", "paged-" + i));
        }
        JsonNode all = api.get("/api/v1/Brand?maxSize=1000").json();
        long total = all.get("total").asLong();
        assertThat(all.get("list").size()).isEqualTo((int) total);

        JsonNode page = api.get("/api/v1/Brand?offset=1&maxSize=2&sortBy=code&asc=false").json();
        assertThat(page.get("total").asLong()).isEqualTo(total);
        assertThat(page.get("list").size()).isEqualTo(2);
        String first = page.get("list").get(0).get("code").asText();
        String second = page.get("list").get(1).get("code").asText();
        assertThat(first.compareTo(second)).isGreaterThan(0);
    }

    @Test
    void healthIsUp() {
        ApiResponse health = api.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }
}
