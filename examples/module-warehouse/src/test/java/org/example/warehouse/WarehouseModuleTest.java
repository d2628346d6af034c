package org.example.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.testing.AtriumClient;
import dev.atrium.testing.AtriumResponse;
import dev.atrium.testing.EmbeddedAtrium;

/** The module inside a real Atrium (on H2, with the PIM), over HTTP, as clients will use it. */
class WarehouseModuleTest {

    private static EmbeddedAtrium atrium;
    private static AtriumClient api;
    private static String product;

    @BeforeAll
    static void start() {
        // pages of one record: the stock route must page through the stock levels, not read one page
        atrium = EmbeddedAtrium.start(Map.of("ATRIUM_DEFAULT_PAGE_SIZE", "1"));
        api = atrium.client();
        product = api.post("/api/v1/Product", Map.of("name", "Hiking boot", "number", "HB-1")).ok().get("id").asText();
    }

    @AfterAll
    static void stop() {
        atrium.close();
    }

    @Test
    void warehousesAreEntitiesWithTheFullApi() {
        JsonNode created = api.post("/api/v1/Warehouse", Map.of("name", "East", "code", " east-1 ", "city", "Leipzig")).ok();
        assertThat(created.get("code").asText()).as("the hook trims and capitalises codes").isEqualTo("EAST-1");
        assertThat(created.get("isActive").asBoolean()).isTrue();
        String path = "/api/v1/Warehouse/" + created.get("id").asText();

        assertThat(api.patch(path, Map.of("city", "Dresden")).ok().get("city").asText()).isEqualTo("Dresden");
        assertThat(api.get("/api/v1/Warehouse?where[0][type]=equals&where[0][attribute]=city&where[0][value]=Dresden")
                .ok().get("total").asInt()).isEqualTo(1);
        AtriumResponse taken = api.post("/api/v1/Warehouse", Map.of("name", "Copy", "code", "east-1"));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(api.delete(path).text()).isEqualTo("true");
        assertThat(api.get(path).status()).isEqualTo(404);
    }

    @Test
    void stockLinksAProductToAWarehouseAndCannotReserveMoreThanIsThere() {
        String warehouse = warehouse("West", "WEST");
        JsonNode level = api.post("/api/v1/StockLevel", Map.of("productId", product, "warehouseId", warehouse,
                "quantity", 5)).ok();
        assertThat(level.get("productName").asText()).isEqualTo("Hiking boot");
        assertThat(level.get("warehouseName").asText()).isEqualTo("West");
        String reserve = "/api/v1/StockLevel/" + level.get("id").asText() + "/reserve";

        JsonNode reserved = api.post(reserve, Map.of("quantity", 3)).ok();
        assertThat(reserved.get("available").asLong()).isEqualTo(2);
        AtriumResponse tooMuch = api.post(reserve, Map.of("quantity", 3));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.reason()).isEqualTo("Validation failed. 'reserved' (6) may not exceed 'quantity' (5).");
        assertThat(api.post(reserve, Map.of("quantity", 0)).status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/StockLevel/" + level.get("id").asText(), Map.of("quantity", 2)).status())
                .as("the same rule on a plain update").isEqualTo(400);
        assertThat(api.post("/api/v1/StockLevel", Map.of("productId", product, "warehouseId", warehouse, "quantity", 1))
                .status()).as("one stock level per product and warehouse").isEqualTo(400);
    }

    @Test
    void aClosedWarehouseTakesNoStock() {
        String warehouse = warehouse("Old depot", "OLD");
        api.patch("/api/v1/Warehouse/" + warehouse, Map.of("isActive", false)).ok();

        AtriumResponse refused = api.post("/api/v1/StockLevel", Map.of("productId", product, "warehouseId", warehouse,
                "quantity", 1));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.reason()).isEqualTo("Validation failed. Warehouse 'OLD' is closed; no stock can be put there.");
    }

    @Test
    void aProductAnswersItsStockAcrossWarehouses() {
        String other = api.post("/api/v1/Product", Map.of("name", "Tent", "number", "T-1")).ok().get("id").asText();
        api.post("/api/v1/StockLevel", Map.of("productId", other, "warehouseId", warehouse("Harbour", "HARBOUR"),
                "quantity", 4)).ok();
        api.post("/api/v1/StockLevel", Map.of("productId", other, "warehouseId", warehouse("Airport", "AIRPORT"),
                "quantity", 6, "reserved", 1)).ok();

        JsonNode stock = api.get("/api/v1/Product/" + other + "/stock").ok();
        assertThat(stock.get("quantity").asLong()).isEqualTo(10);
        assertThat(stock.get("available").asLong()).isEqualTo(9);
        assertThat(stock.get("warehouses")).hasSize(2);
        assertThat(api.get("/api/v1/Product/nowhere/stock").status()).isEqualTo(404);
    }

    @Test
    void theMainWarehouseComesFromTheDataMigrationOnceAndStaysAsOperatorsLeaveIt() {
        String main = "/api/v1/Warehouse?where[0][type]=equals&where[0][attribute]=code&where[0][value]=MAIN";
        JsonNode found = api.get(main).ok();
        assertThat(found.get("total").asInt()).isEqualTo(1);
        api.patch("/api/v1/Warehouse/" + found.get("list").get(0).get("id").asText(), Map.of("name", "Head office")).ok();

        atrium.restart();
        api = atrium.client();

        assertThat(api.get(main).ok().get("list").get(0).get("name").asText())
                .as("the migration does not run again").isEqualTo("Head office");
    }

    @Test
    void theEntitiesAndTheRoutesAreInTheApiDocument() {
        JsonNode paths = api.get("/openapi.json").ok().get("paths");
        assertThat(paths.has("/Warehouse")).isTrue();
        assertThat(paths.has("/StockLevel/{id}")).isTrue();
        assertThat(paths.has("/StockLevel/{id}/reserve")).isTrue();
        assertThat(paths.has("/Product/{id}/stock")).isTrue();
    }

    private static String warehouse(String name, String code) {
        return api.post("/api/v1/Warehouse", Map.of("name", name, "code", code)).ok().get("id").asText();
    }
}
