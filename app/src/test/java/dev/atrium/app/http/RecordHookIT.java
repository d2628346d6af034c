package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A module's record hook runs on every write path: create, update, mass update, upsert. */
class RecordHookIT {

    private static RunningAtrium atrium;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        atrium = RunningAtrium.start();
        api = atrium.api();
    }

    @AfterAll
    static void stop() {
        atrium.close();
    }

    @Test
    void theHookNormalisesOnCreateAndUpdate() {
        String id = api.post("/api/v1/Specimen", Map.of("label", "a", "serial", "  ab-1 ")).json().get("id").asText();
        assertThat(api.get("/api/v1/Specimen/" + id).json().get("serial").asText()).isEqualTo("AB-1");

        api.patch("/api/v1/Specimen/" + id, Map.of("serial", "cd-2"));
        assertThat(api.get("/api/v1/Specimen/" + id).json().get("serial").asText()).isEqualTo("CD-2");
    }

    @Test
    void theHookRefusesOnEveryPath() {
        String id = api.post("/api/v1/Specimen", Map.of("label", "b", "serial", "ok-1")).json().get("id").asText();

        assertThat(api.post("/api/v1/Specimen", Map.of("label", "c", "serial", "forbidden")).status()).isEqualTo(400);
        assertThat(api.patch("/api/v1/Specimen/" + id, Map.of("serial", "Forbidden ")).status()).isEqualTo(400);
        assertThat(api.put("/api/v1/Specimen/action/massUpdate", Map.of("ids", List.of(id),
                "attributes", Map.of("serial", "forbidden"))).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/MassActions/action/upsert", List.of(UpsertIT.item("Specimen",
                Map.of("label", "d", "serial", "forbidden")))).json().get(0).get("message").asText())
                .contains("may not be FORBIDDEN");
        assertThat(api.get("/api/v1/Specimen/" + id).json().get("serial").asText()).isEqualTo("OK-1");
    }

    @Test
    void theHookNormalisesInUpserts() {
        String id = api.post("/api/v1/MassActions/action/upsert", List.of(UpsertIT.item("Specimen",
                Map.of("label", "e", "serial", " up-3")))).json().get(0).get("entity").get("id").asText();

        assertThat(api.get("/api/v1/Specimen/" + id).json().get("serial").asText()).isEqualTo("UP-3");
    }
}
