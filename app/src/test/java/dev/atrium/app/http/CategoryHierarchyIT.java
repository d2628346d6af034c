package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
 * Categories (and products) are a hierarchy as in AtroPIM 1.15: several parents each, through {@code CategoryHierarchy}
 * rows, edited by {@code parentsIds} / {@code childrenIds} and the link routes; no route can make a
 * category its own ancestor, and a refused edit writes nothing.
 */
@OnEachTestDatabase
class CategoryHierarchyIT {

    private static final String UPSERT = "/api/v1/MassActions/action/upsert";
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
    void aCategoryHasSeveralParentsEditedByTheLinkRoutes() {
        String p = "h" + SEQUENCE.incrementAndGet() + "-";
        category(p + "men");
        category(p + "outdoor");
        category(p + "kids");
        JsonNode boots = api.post("/api/v1/Category", Map.of("id", p + "boots", "name", "Boots",
                "parentsIds", List.of(p + "men", p + "outdoor"))).json();
        assertThat(ids(boots.get("parentsIds"))).containsExactlyInAnyOrder(p + "men", p + "outdoor");
        assertThat(listed(api.get("/api/v1/Category/" + p + "outdoor/children").json())).containsExactly(p + "boots");

        assertThat(api.post("/api/v1/Category/" + p + "boots/parents", Map.of("id", p + "kids")).text()).isEqualTo("true");
        assertThat(listed(api.get("/api/v1/Category/" + p + "boots/parents").json()))
                .containsExactly(p + "kids", p + "men", p + "outdoor");
        assertThat(api.delete("/api/v1/Category/" + p + "boots/parents?ids=" + p + "men").text()).isEqualTo("true");
        assertThat(ids(api.get("/api/v1/Category/" + p + "boots").json().get("parentsIds")))
                .containsExactlyInAnyOrder(p + "kids", p + "outdoor");
        JsonNode rows = api.get("/api/v1/CategoryHierarchy?where[0][type]=equals&where[0][attribute]=childId"
                + "&where[0][value]=" + p + "boots").json();
        assertThat(rows.get("total").asInt()).as("one relation row per live parent").isEqualTo(2);

        ApiResponse oldKey = api.post("/api/v1/Category", Map.of("id", p + "old", "name", "Old", "parentId", p + "men"));
        assertThat(oldKey.status()).isEqualTo(200);
        assertThat(oldKey.header("X-Atrium-Ignored-Fields")).as("parentId is gone, as in AtroPIM 1.15").isEqualTo("parentId");
    }

    @Test
    void noRouteMakesACategoryItsOwnAncestor() {
        String p = "c" + SEQUENCE.incrementAndGet() + "-";
        category(p + "top");
        api.post("/api/v1/Category", Map.of("id", p + "mid", "name", "Mid", "parentsIds", List.of(p + "top")));
        api.post("/api/v1/Category", Map.of("id", p + "low", "name", "Low", "parentsIds", List.of(p + "mid")));

        refusedAsCycle(api.patch("/api/v1/Category/" + p + "top", Map.of("parentsIds", List.of(p + "low"))));
        refusedAsCycle(api.put("/api/v1/Category/" + p + "top", Map.of("parentsIds", List.of(p + "mid"))));
        refusedAsCycle(api.patch("/api/v1/Category/" + p + "mid", Map.of("parentsIds", List.of(p + "mid"))));
        refusedAsCycle(api.post("/api/v1/Category/" + p + "top/parents", Map.of("id", p + "low")));
        refusedAsCycle(api.post("/api/v1/Category/" + p + "low/children", Map.of("ids", List.of(p + "top"))));
        refusedAsCycle(api.patch("/api/v1/Category/" + p + "low", Map.of("childrenIds", List.of(p + "mid"))));
        refusedAsCycle(api.post("/api/v1/CategoryHierarchy", Map.of("parentId", p + "low", "childId", p + "top")));
        String edge = api.get("/api/v1/CategoryHierarchy?where[0][type]=equals&where[0][attribute]=childId"
                + "&where[0][value]=" + p + "mid").json().at("/list/0/id").asText();
        refusedAsCycle(api.patch("/api/v1/CategoryHierarchy/" + edge, Map.of("parentId", p + "low")));
        JsonNode upserted = api.post(UPSERT, List.of(
                Map.of("entity", "Category", "payload", Map.of("id", p + "top", "parentsIds", List.of(p + "low"))),
                Map.of("entity", "CategoryHierarchy", "payload", Map.of("parentId", p + "low", "childId", p + "mid")),
                Map.of("entity", "Category", "payload", Map.of("id", p + "x", "name", "X", "parentsIds", List.of(p + "y"))),
                Map.of("entity", "Category", "payload", Map.of("id", p + "y", "name", "Y", "parentsIds", List.of(p + "x")))))
                .json();
        assertThat(statuses(upserted)).as(upserted.toString()).containsExactly("Failed", "Failed", "Failed", "Failed");
        assertThat(upserted.get(0).get("message").asText()).contains("own ancestor");
        assertThat(upserted.get(1).get("message").asText()).contains("own ancestor");
        assertThat(upserted.get(2).get("message").asText()).contains("failed in the same request");
        assertThat(upserted.get(3).get("message").asText()).contains("own ancestor");
        ApiResponse mass = api.put("/api/v1/Category/action/massUpdate", Map.of("ids", List.of(p + "top"),
                "attributes", Map.of("parentsIds", List.of(p + "low"))));
        assertThat(mass.status()).isEqualTo(400);

        assertThat(ids(api.get("/api/v1/Category/" + p + "top").json().get("parentsIds"))).as("nothing written").isEmpty();
        assertThat(ids(api.get("/api/v1/Category/" + p + "mid").json().get("parentsIds"))).containsExactly(p + "top");
        assertThat(api.get("/api/v1/CategoryHierarchy?where[0][type]=equals&where[0][attribute]=parentId"
                + "&where[0][value]=" + p + "low").json().get("total").asInt()).isZero();
        // a move that keeps the tree a tree is fine, in either direction
        assertThat(api.patch("/api/v1/Category/" + p + "low", Map.of("parentsIds", List.of(p + "top"))).status())
                .isEqualTo(200);
        category(p + "side");
        assertThat(api.post("/api/v1/Category/" + p + "mid/children", Map.of("id", p + "side")).status()).isEqualTo(200);
    }

    @Test
    void noRouteMakesAProductItsOwnAncestor() {
        String p = "ph" + SEQUENCE.incrementAndGet() + "-";
        for (String id : List.of("top", "mid", "low")) {
            assertThat(api.post("/api/v1/Product", Map.of("id", p + id, "name", id, "number", p + id)).status())
                    .isEqualTo(200);
        }
        assertThat(api.post("/api/v1/Product/" + p + "mid/parents", Map.of("id", p + "top")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/Product/" + p + "low/parents", Map.of("id", p + "mid")).status()).isEqualTo(200);

        refusedAsCycle(api.post("/api/v1/Product/" + p + "top/parents", Map.of("ids", List.of(p + "top"))));
        refusedAsCycle(api.post("/api/v1/Product/" + p + "top/parents", Map.of("id", p + "low")));
        refusedAsCycle(api.patch("/api/v1/Product/" + p + "low", Map.of("childrenIds", List.of(p + "top"))));
        refusedAsCycle(api.post("/api/v1/ProductHierarchy", Map.of("parentId", p + "low", "childId", p + "top")));
        JsonNode upserted = api.post(UPSERT, List.of(Map.of("entity", "Product", "payload",
                Map.of("id", p + "mid", "parentsIds", List.of(p + "mid"))))).json();
        assertThat(statuses(upserted)).as(upserted.toString()).containsExactly("Failed");
        assertThat(upserted.get(0).get("message").asText()).contains("A product cannot be its own ancestor");

        assertThat(ids(api.get("/api/v1/Product/" + p + "top").json().get("parentsIds"))).as("nothing written").isEmpty();
        assertThat(ids(api.get("/api/v1/Product/" + p + "mid").json().get("parentsIds"))).containsExactly(p + "top");
    }

    private static void refusedAsCycle(ApiResponse answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("code").asText()).as(answer.toString()).isEqualTo("cycle");
    }

    private static void category(String id) {
        assertThat(api.post("/api/v1/Category", Map.of("id", id, "name", id)).status()).isEqualTo(200);
    }

    private static List<String> statuses(JsonNode results) {
        List<String> statuses = new ArrayList<>();
        results.forEach(result -> statuses.add(result.get("status").asText()));
        return statuses;
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static List<String> listed(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("list").forEach(record -> ids.add(record.get("id").asText()));
        return ids;
    }
}
