package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/** Mass update and mass delete by ids and by where, with the validation of a single update. */
@OnEachTestDatabase
class MassActionIT {

    private static RunningAtrium atrium;
    private static ApiClient api;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void seed(DatabaseKind database) {
        atrium = RunningAtrium.start(database);
        api = atrium.api();
        for (int i = 0; i < 20; i++) {
            api.post("/api/v1/Product", Map.of("id", String.format("ma-%04d", i), "name", "Mass " + i,
                    "number", "M-" + i, "status", i < 10 ? "draft" : "ready"));
        }
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    @Test
    void massUpdateByIdsChangesOnlyThoseRecords() {
        JsonNode answer = api.put("/api/v1/Product/action/massUpdate",
                Map.of("ids", List.of("ma-0000", "ma-0001"), "attributes", Map.of("price", 9.5))).json();

        assertThat(answer.get("count").asInt()).isEqualTo(2);
        assertThat(answer.get("sync").asBoolean()).isTrue();
        assertThat(answer.get("errors")).isEmpty();
        assertThat(api.get("/api/v1/Product/ma-0001").json().get("price").asDouble()).isEqualTo(9.5);
        assertThat(api.get("/api/v1/Product/ma-0002").json().get("price").isNull()).isTrue();
    }

    @Test
    void massUpdateByWhereUsesTheListLanguage() {
        JsonNode answer = api.put("/api/v1/Product/action/massUpdate", Map.of("byWhere", true,
                "where", List.of(Map.of("type", "equals", "attribute", "status", "value", "ready")),
                "attributes", Map.of("isActive", true))).json();

        assertThat(answer.get("count").asInt()).isEqualTo(10);
        assertThat(api.get("/api/v1/Product?where[0][type]=isTrue&where[0][attribute]=isActive&totalOnly=true")
                .json().get("total").asInt()).isEqualTo(10);
    }

    @Test
    void anInvalidValueChangesNothing() {
        ApiResponse response = api.put("/api/v1/Product/action/massUpdate",
                Map.of("ids", List.of("ma-0003"), "attributes", Map.of("status", "bogus")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/Product/ma-0003").json().get("status").asText()).isEqualTo("draft");
    }

    @Test
    void massDeleteByWhere() {
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/Product", Map.of("name", "Doomed " + i, "number", "DOOM"));
        }

        JsonNode answer = api.post("/api/v1/Product/action/massDelete", Map.of("byWhere", true,
                "where", List.of(Map.of("type", "equals", "attribute", "number", "value", "DOOM")))).json();

        assertThat(answer.get("count").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/Product?where[0][type]=equals&where[0][attribute]=number&where[0][value]=DOOM")
                .json().get("total").asInt()).isZero();
    }

    @Test
    void selectionIsRequired() {
        assertThat(api.post("/api/v1/Product/action/massDelete", Map.of()).status()).isEqualTo(400);
        assertThat(api.put("/api/v1/Product/action/massUpdate", Map.of("ids", List.of("ma-0004"))).status()).isEqualTo(400);
    }
}
