package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/**
 * Fields are added to an entity, or deleted from it, while another thread reads and writes its records
 * without pause: requests that started on the old catalog finish on it, and none fails because of a swap.
 */
@OnEachTestDatabase
class CatalogSwapUnderLoadIT {

    @Parameter
    DatabaseKind database;

    @Test
    void twentyFieldsAddedUnderTrafficFailNoRequest() throws InterruptedException {
        try (RunningAtrium atrium = RunningAtrium.start(database)) {
            ApiClient admin = atrium.api();
            assertThat(admin.post("/api/v1/Entity", Map.of("code", "Crate", "name", "Crate")).status()).isEqualTo(200);
            String first = admin.post("/api/v1/Crate", Map.of("name", "first")).json().get("id").asText();
            Traffic traffic = crateTraffic(atrium, first);
            for (int i = 0; i < 20; i++) {
                ApiResponse added = admin.post("/api/v1/EntityField", Map.of("entityId", "Crate", "code", "f" + i,
                        "type", i % 2 == 0 ? "varchar" : "int"));
                assertThat(added.status()).as(added.text()).isEqualTo(200);
            }
            traffic.stopAndCheck("answers while the catalog changed", 40);

            assertThat(admin.post("/api/v1/Crate", Map.of("name", "last", "f19", 19)).json().get("f19").asInt())
                    .isEqualTo(19);
        }
    }

    /**
     * A deleted field's column is renamed or dropped only once no mapping names it: a read of the whole record
     * (every column of the table) and a write never meet a mapping that names a column gone.
     */
    @Test
    void fieldsDeletedUnderTrafficFailNoRequestThatDoesNotNameThem() throws InterruptedException {
        try (RunningAtrium atrium = RunningAtrium.start(database)) {
            ApiClient admin = atrium.api();
            assertThat(admin.post("/api/v1/Entity", Map.of("code", "Crate", "name", "Crate")).status()).isEqualTo(200);
            for (int i = 0; i < 3; i++) {
                assertThat(admin.post("/api/v1/EntityField", Map.of("entityId", "Crate", "code", "f" + i, "type", "varchar"))
                        .status()).isEqualTo(200);
            }
            String first = admin.post("/api/v1/Crate", Map.of("name", "first", "f0", "a", "f1", "b", "f2", "c"))
                    .json().get("id").asText();
            Traffic traffic = crateTraffic(atrium, first);
            for (int i = 0; i < 3; i++) {
                // the last one with its data
                ApiResponse deleted = i < 2 ? admin.delete("/api/v1/EntityField/Crate_f" + i)
                        : admin.send(admin.request("/api/v1/EntityField/Crate_f" + i).header("Permanently", "true").DELETE());
                assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
            }
            traffic.stopAndCheck("answers while the catalog changed", 40);

            assertThat(admin.get("/api/v1/Crate/" + first).json().has("f0")).isFalse();
        }
    }

    /** Creates, reads, changes and lists Crates without pause, none of its requests naming a field. */
    private static Traffic crateTraffic(RunningAtrium atrium, String first) {
        ApiClient client = atrium.api();
        return Traffic.start(n -> List.of(
                client.post("/api/v1/Crate", Map.of("name", "crate " + n)),
                client.get("/api/v1/Crate/" + first),
                client.patch("/api/v1/Crate/" + first, Map.of("description", "round " + n)),
                client.get("/api/v1/Crate?maxSize=5&sortBy=name&asc=true")));
    }
}
