package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Lists as AtroCore clients read them: ordered by id without {@code sortBy}; text fields compared by
 * equals, notEquals, in and notIn; {@code field} as the old name of {@code attribute}; the named filters
 * of {@code boolFilterList}. A hidden field is a 403 whatever the item asks of it.
 */
@OnEachTestDatabase
class ListHabitsIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static RunningAtrium atrium;
    private static ApiClient api;
    private static String adminId;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind database) {
        atrium = RunningAtrium.start(database);
        api = atrium.api();
        adminId = api.get("/api/v1/App/user").json().at("/user/id").asText();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    @Test
    void withoutSortByAListIsOrderedByIdAscending() {
        int n = SEQUENCE.incrementAndGet();
        String prefix = "ord" + n + "-";
        // names run against the ids: Brand's collection default (name) would answer the reverse
        api.post("/api/v1/Brand", Map.of("id", prefix + "b", "name", "B" + n, "code", prefix + "b"));
        api.post("/api/v1/Brand", Map.of("id", prefix + "c", "name", "A" + n, "code", prefix + "c"));
        api.post("/api/v1/Brand", Map.of("id", prefix + "a", "name", "C" + n, "code", prefix + "a"));
        String where = "where[0][type]=startsWith&where[0][attribute]=code&where[0][value]=" + prefix;

        assertThat(ids(api.get("/api/v1/Brand?" + where).json())).containsExactly(prefix + "a", prefix + "b", prefix + "c");
        assertThat(ids(api.get("/api/v1/Brand?asc=false&" + where).json()))
                .containsExactly(prefix + "c", prefix + "b", prefix + "a");
        assertThat(ids(api.get("/api/v1/Brand?sortBy=name&" + where).json()))
                .containsExactly(prefix + "c", prefix + "b", prefix + "a");
    }

    @Test
    void aListFilteredByAnIndexedFieldPagesInIdOrder() {
        int n = SEQUENCE.incrementAndGet();
        List<String> created = new ArrayList<>();
        for (String suffix : List.of("d", "a", "c", "e", "b")) {
            String id = "page" + n + "-" + suffix;
            api.post("/api/v1/Product", Map.of("id", id, "name", "Paged", "number", "PG-" + n));
            created.add(id);
        }
        String path = "/api/v1/Product?maxSize=2&where[0][type]=equals&where[0][attribute]=number&where[0][value]=PG-" + n;
        List<String> seen = new ArrayList<>();
        JsonNode page = api.get(path).json();
        seen.addAll(ids(page));
        while (page.has("next")) {
            page = api.get(path + "&cursor=" + page.get("next").asText()).json();
            seen.addAll(ids(page));
        }
        assertThat(seen).isEqualTo(created.stream().sorted().toList());
    }

    @Test
    void textFieldsAreComparedExactlyByEqualsNotEqualsInAndNotIn() {
        int n = SEQUENCE.incrementAndGet();
        String number = "TX-" + n;
        Map<String, String> descriptions = new LinkedHashMap<>();
        descriptions.put("plain", "Waterproof leather");
        descriptions.put("lower", "waterproof leather");
        descriptions.put("spaced", "Waterproof leather ");
        descriptions.put("percent", "100% wool_blend");
        descriptions.forEach((key, text) -> api.post("/api/v1/Product", Map.of("id", key + n, "name", "T",
                "number", number, "description", text)));
        String mine = "{\"type\":\"equals\",\"attribute\":\"number\",\"value\":\"" + number + "\"}";

        assertThat(ids(list(mine, "{\"type\":\"equals\",\"attribute\":\"description\",\"value\":\"Waterproof leather\"}")))
                .containsExactly("plain" + n);
        assertThat(ids(list(mine, "{\"type\":\"equals\",\"attribute\":\"description\",\"value\":\"100% wool_blend\"}")))
                .containsExactly("percent" + n);
        assertThat(ids(list(mine, "{\"type\":\"equals\",\"attribute\":\"description\",\"value\":\"1__% wool%\"}")))
                .as("wildcards in the value are plain characters").isEmpty();
        assertThat(ids(list(mine, "{\"type\":\"notEquals\",\"attribute\":\"description\",\"value\":\"Waterproof leather\"}")))
                .containsExactlyInAnyOrder("lower" + n, "spaced" + n, "percent" + n);
        assertThat(ids(list(mine, "{\"type\":\"in\",\"attribute\":\"description\",\"value\":"
                + "[\"waterproof leather\",\"100% wool_blend\"]}"))).containsExactlyInAnyOrder("lower" + n, "percent" + n);
        assertThat(ids(list(mine, "{\"type\":\"notIn\",\"attribute\":\"description\",\"value\":"
                + "[\"waterproof leather\",\"100% wool_blend\"]}"))).containsExactlyInAnyOrder("plain" + n, "spaced" + n);

        ApiResponse mass = api.put("/api/v1/Product/action/massUpdate", Map.of("byWhere", true, "where", List.of(
                Map.of("type", "equals", "attribute", "number", "value", number),
                Map.of("type", "equals", "attribute", "description", "value", "waterproof leather")),
                "attributes", Map.of("isActive", true)));
        assertThat(mass.json().get("count").asInt()).as(mass.toString()).isEqualTo(1);
        ApiResponse ordered = api.get("/api/v1/Product?where=" + encode("[" + mine + "]") + "&sortBy=description");
        assertThat(ordered.status()).as("a text field still cannot order a list").isEqualTo(400);
        ApiResponse greater = api.get("/api/v1/Product?where=" + encode(
                "[{\"type\":\"greaterThan\",\"attribute\":\"description\",\"value\":\"a\"}]"));
        assertThat(greater.status()).isEqualTo(400);
        assertThat(greater.header("X-Status-Reason")).contains("greaterThan");
    }

    @Test
    void filteringByAHiddenFieldIsForbiddenBeforeItsTypeIsChecked() {
        int n = SEQUENCE.incrementAndGet();
        String roleId = api.post("/api/v1/Role", Map.of("name", "hidden-" + n)).json().get("id").asText();
        String scopeId = api.post("/api/v1/RoleScope", Map.of("roleId", roleId, "name", "Product", "hasAccess", true,
                "readAction", "all", "editAction", "no", "deleteAction", "no", "createAction", "no")).json().get("id").asText();
        api.post("/api/v1/RoleScopeField", Map.of("roleScopeId", scopeId, "name", "description", "readAction", false,
                "editAction", false));
        api.post("/api/v1/User", Map.of("userName", "hidden" + n, "password", "hidden-pass-" + n, "rolesIds", List.of(roleId)));
        ApiClient reader = atrium.anonymous().loggedInAs("hidden" + n, "hidden-pass-" + n);

        for (String item : List.of("{\"type\":\"equals\",\"attribute\":\"description\",\"value\":\"x\"}",
                "{\"type\":\"greaterThan\",\"attribute\":\"description\",\"value\":\"x\"}",
                "{\"type\":\"isTrue\",\"attribute\":\"description\"}",
                "{\"type\":\"arrayAnyOf\",\"attribute\":\"description\",\"value\":[\"x\"]}",
                "{\"type\":\"equals\",\"field\":\"description\",\"value\":\"x\"}")) {
            ApiResponse answer = reader.get("/api/v1/Product?where=" + encode("[" + item + "]"));
            assertThat(answer.status()).as(item + " " + answer).isEqualTo(403);
        }
        assertThat(reader.get("/api/v1/Product?where=" + encode(
                "[{\"type\":\"equals\",\"attribute\":\"name\",\"value\":\"x\"}]")).status()).isEqualTo(200);
    }

    @Test
    void whereItemsAcceptFieldAsTheOldNameOfAttribute() {
        int n = SEQUENCE.incrementAndGet();
        api.post("/api/v1/Product", Map.of("id", "field" + n, "name", "Old", "number", "FLD-" + n));
        JsonNode page = api.get("/api/v1/Product?where[0][type]=equals&where[0][field]=number&where[0][value]=FLD-" + n)
                .json();
        assertThat(ids(page)).containsExactly("field" + n);
        assertThat(ids(list("{\"type\":\"in\",\"field\":\"sku\",\"value\":[\"FLD-" + n + "\"]}"))).containsExactly("field" + n);
        ApiResponse massDelete = api.post("/api/v1/Product/action/massDelete", Map.of("byWhere", true,
                "where", List.of(Map.of("type", "equals", "field", "number", "value", "FLD-" + n))));
        assertThat(massDelete.json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void boolFilterListNamesAtroCoresFilters() {
        int n = SEQUENCE.incrementAndGet();
        String otherId = api.post("/api/v1/User", Map.of("userName", "other" + n, "password", "other-pass-" + n))
                .json().get("id").asText();
        String number = "BF-" + n;
        product("owned" + n, number, true, adminId, otherId);
        product("assigned" + n, number, false, otherId, adminId);
        product("theirs" + n, number, true, otherId, otherId);
        product("nobody" + n, number, false, otherId, otherId);
        String mine = "where[0][type]=equals&where[0][attribute]=number&where[0][value]=" + number;

        assertThat(ids(api.get("/api/v1/Product?boolFilterList[]=onlyActive&" + mine).json()))
                .containsExactly("owned" + n, "theirs" + n);
        assertThat(ids(api.get("/api/v1/Product?boolFilterList[]=notActive&" + mine).json()))
                .containsExactly("assigned" + n, "nobody" + n);
        assertThat(ids(api.get("/api/v1/Product?boolFilterList[]=ownedByMe&" + mine).json()))
                .containsExactly("owned" + n);
        assertThat(ids(api.get("/api/v1/Product?boolFilterList[]=onlyMy&" + mine).json()))
                .containsExactly("assigned" + n, "owned" + n);
        assertThat(ids(api.get("/api/v1/Product?boolFilterList[]=onlyMy&boolFilterList[]=onlyActive&" + mine).json()))
                .containsExactly("owned" + n);
        assertThat(ids(api.get("/api/v1/Product?boolFilterList=" + encode("[\"onlyMy\",\"notActive\"]") + "&" + mine)
                .json())).as("one JSON parameter").containsExactly("assigned" + n);
        assertThat(ids(list("{\"type\":\"equals\",\"attribute\":\"number\",\"value\":\"" + number + "\"}",
                "{\"type\":\"bool\",\"value\":[\"onlyActive\",\"ownedByMe\"]}"))).as("a bool where item")
                .containsExactly("owned" + n);

        ApiResponse unknown = api.get("/api/v1/Product?boolFilterList[]=onlyFavourites");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.header("X-Status-Reason")).contains("onlyFavourites");
        ApiResponse noOwner = api.get("/api/v1/Brand?boolFilterList[]=ownedByMe");
        assertThat(noOwner.status()).isEqualTo(400);
        assertThat(noOwner.header("X-Status-Reason")).contains("ownedByMe");
    }

    private static void product(String id, String number, boolean active, String ownerId, String assignedId) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("id", id, "name", "Filtered", "number", number,
                "isActive", active));
        body.put("ownerUserId", ownerId);
        body.put("assignedUserId", assignedId);
        ApiResponse created = api.post("/api/v1/Product", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
    }

    private static JsonNode list(String... items) {
        ApiResponse answer = api.get("/api/v1/Product?where=" + encode("[" + String.join(",", items) + "]"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("list").forEach(record -> ids.add(record.get("id").asText()));
        return ids;
    }
}
