package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/** Mass actions by more ids than any driver binds in one statement (65,535 on PostgreSQL) work on every database. */
@OnEachTestDatabase
class LongIdListsIT {

    private static final int IDS = 70_000;

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
    void massUpdateAndMassDeleteTakeSeventyThousandIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < IDS; i++) {
            ids.add("absent-" + i);
        }
        for (String id : List.of("long-first", "long-middle", "long-last")) {
            api.post("/api/v1/Product", Map.of("id", id, "name", id, "number", id));
            ids.add(ids.size() / 2, id);
        }

        ApiResponse updated = api.put("/api/v1/Product/action/massUpdate",
                Map.of("ids", ids, "attributes", Map.of("isActive", true)));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("count").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/Product/long-middle").json().get("isActive").asBoolean()).isTrue();

        ApiResponse deleted = api.post("/api/v1/Product/action/massDelete", Map.of("ids", ids));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json().get("count").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/Product/long-last").status()).isEqualTo(404);
    }
}
