package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/**
 * The rules every write path keeps, proven on each path that once forgot one: only admins make admins
 * or change roles, whatever a role grants; a link needs read access to the record it points at; a
 * mass update runs the same hooks as an update; a linked record's name shows only to its readers.
 */
@OnEachTestDatabase
class WriteRulesIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static RunningAtrium atrium;
    private static ApiClient admin;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind database) {
        atrium = RunningAtrium.start(database);
        admin = atrium.api();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    @Test
    void aUserWhoMayEditUsersCannotMakeAdminsNorTouchRoles() {
        Login user = userWith(Map.of("User", levels("all", "all"), "Role", levels("all", "all"),
                "RoleScope", levels("all", "all"), "Team", levels("all", "all")));
        String adminId = admin.get("/api/v1/App/user").json().get("user").get("id").asText();
        String roleId = admin.post("/api/v1/Role", Map.of("name", "spare")).json().get("id").asText();
        String teamId = admin.post("/api/v1/Team", Map.of("name", "spare team")).json().get("id").asText();

        assertForbidden(user.api.patch("/api/v1/User/" + user.id, Map.of("isAdmin", true)));
        assertForbidden(user.api.put("/api/v1/User/" + user.id, Map.of("isAdmin", true)));
        assertForbidden(user.api.post("/api/v1/User", Map.of("userName", "sneaky" + user.n, "password", "p-1-x",
                "isAdmin", true)));
        assertForbidden(user.api.patch("/api/v1/User/" + adminId, Map.of("firstName", "Mallory")));
        assertForbidden(user.api.patch("/api/v1/User/" + adminId, Map.of("isActive", false)));
        assertForbidden(user.api.delete("/api/v1/User/" + adminId));
        assertForbidden(user.api.patch("/api/v1/User/" + user.id, Map.of("rolesIds", List.of(roleId))));
        assertForbidden(user.api.post("/api/v1/User/" + user.id + "/roles", Map.of("ids", List.of(roleId))));
        assertForbidden(user.api.post("/api/v1/User/" + user.id + "/teams", Map.of("ids", List.of(teamId))));
        assertForbidden(user.api.post("/api/v1/Role/" + roleId + "/users", Map.of("ids", List.of(user.id))));
        assertForbidden(user.api.post("/api/v1/Role", Map.of("name", "mine")));
        assertForbidden(user.api.patch("/api/v1/Role/" + roleId, Map.of("name", "renamed")));
        assertForbidden(user.api.post("/api/v1/RoleScope", Map.of("roleId", roleId, "name", "Product",
                "hasAccess", true, "readAction", "all")));
        assertForbidden(user.api.put("/api/v1/User/action/massUpdate", Map.of("ids", List.of(user.id, adminId),
                "attributes", Map.of("isAdmin", true))));
        assertThat(upsertStatus(user.api, "User", Map.of("id", user.id, "isAdmin", true))).isEqualTo("Failed");

        assertThat(admin.get("/api/v1/User/" + user.id).json().get("isAdmin").asBoolean()).isFalse();
        assertThat(admin.get("/api/v1/User/" + user.id).json().get("rolesIds")).hasSize(1);
        assertThat(admin.get("/api/v1/User/" + adminId).json().get("isActive").asBoolean()).isTrue();
        assertThat(admin.get("/api/v1/Role/" + roleId).json().get("name").asText()).isEqualTo("spare");
        // what the role does grant still works: an ordinary field of the user's own record
        assertThat(user.api.patch("/api/v1/User/" + user.id, Map.of("firstName", "Eve")).status()).isEqualTo(200);
        assertThat(user.api.patch("/api/v1/User/" + user.id, Map.of("isAdmin", false)).status()).isIn(200, 304);
    }

    @Test
    void aLinkNeedsReadAccessToTheRecordItPointsAt() {
        Login owner = userWith(Map.of("Product", ownProducts(), "ProductAttributeValue", levels("own", "own"),
                "Attribute", levels("all", "no"), "Brand", levels("own", "own")));
        String othersProduct = product("theirs", Map.of());
        String othersBrand = admin.post("/api/v1/Brand", Map.of("name", "Their brand " + owner.n)).json().get("id")
                .asText();
        String attributeId = attribute("int", Map.of());
        String mine = owner.api.post("/api/v1/Product", Map.of("name", "Mine", "number", "mine-" + owner.n))
                .json().get("id").asText();

        ApiResponse value = owner.api.post("/api/v1/ProductAttributeValue", Map.of("productId", othersProduct,
                "attributeId", attributeId, "intValue", 1));
        assertForbidden(value);
        assertThat(value.text()).doesNotContain("theirs");
        assertForbidden(owner.api.post("/api/v1/Product/" + mine + "/parents", Map.of("ids", List.of(othersProduct))));
        assertForbidden(owner.api.patch("/api/v1/Product/" + mine, Map.of("parentsIds", List.of(othersProduct))));
        assertForbidden(owner.api.patch("/api/v1/Product/" + mine, Map.of("brandId", othersBrand)));
        assertThat(upsertStatus(owner.api, "Product", Map.of("id", mine, "brandId", othersBrand)))
                .isEqualTo("Failed");
        assertThat(admin.get("/api/v1/Product/" + mine).json().get("parentsIds")).isEmpty();
        assertThat(admin.get("/api/v1/Product/" + mine).json().get("brandId").isNull()).isTrue();
        assertThat(admin.get("/api/v1/Product/" + othersProduct + "/attributeValues").json()).isEmpty();

        // a record the admin linked: its id is the product's own value, the brand's name stays hidden
        admin.patch("/api/v1/Product/" + mine, Map.of("brandId", othersBrand));
        ApiResponse read = owner.api.get("/api/v1/Product/" + mine);
        assertThat(read.json().get("brandId").asText()).isEqualTo(othersBrand);
        assertThat(read.json().get("brandName").isNull()).isTrue();
        assertThat(owner.api.get("/api/v1/Product?select=brandName&where[0][type]=equals&where[0][attribute]=id"
                + "&where[0][value]=" + mine).json().get("list").get(0).get("brandName").isNull()).isTrue();

        // a to-many link stored in the linked records: the ids are the brand's, the other user's product stays unnamed
        String ownBrand = owner.api.post("/api/v1/Brand", Map.of("name", "My brand " + owner.n)).json().get("id")
                .asText();
        admin.patch("/api/v1/Product/" + mine, Map.of("brandId", ownBrand));
        admin.patch("/api/v1/Product/" + othersProduct, Map.of("brandId", ownBrand));
        JsonNode names = owner.api.get("/api/v1/Brand/" + ownBrand).json().get("productsNames");
        assertThat(names.get(mine).asText()).isEqualTo("Mine");
        assertThat(names.has(othersProduct)).isTrue();
        assertThat(names.get(othersProduct).isNull()).isTrue();
    }

    @Test
    void aMassUpdateRunsTheHooksOfEveryRecordAndIsAllOrNothing() {
        String bounded = attribute("int", Map.of("min", 0, "max", 10));
        String open = attribute("int", Map.of());
        String product = product("hooked", Map.of());
        List<String> ids = new ArrayList<>();
        for (String attributeId : List.of(bounded, open)) {
            ids.add(admin.post("/api/v1/ProductAttributeValue", Map.of("productId", product, "attributeId", attributeId,
                    "intValue", 5)).json().get("id").asText());
        }
        ApiResponse tooBig = admin.put("/api/v1/ProductAttributeValue/action/massUpdate", Map.of("ids", ids,
                "attributes", Map.of("intValue", 999)));
        assertThat(tooBig.status()).as(tooBig.toString()).isEqualTo(400);
        assertThat(tooBig.text()).contains(ids.get(0)).contains("Nothing was updated");
        ApiResponse wrongColumn = admin.put("/api/v1/ProductAttributeValue/action/massUpdate", Map.of("ids", ids,
                "attributes", Map.of("varcharValue", "text")));
        assertThat(wrongColumn.status()).isEqualTo(400);
        for (String id : ids) {
            assertThat(admin.get("/api/v1/ProductAttributeValue/" + id).json().get("intValue").asInt()).isEqualTo(5);
        }
        ApiResponse fits = admin.put("/api/v1/ProductAttributeValue/action/massUpdate", Map.of("ids", ids,
                "attributes", Map.of("intValue", 7)));
        assertThat(fits.status()).as(fits.toString()).isEqualTo(200);
        assertThat(admin.patch("/api/v1/ProductAttributeValue/" + ids.get(0), Map.of("intValue", 8)).status())
                .isEqualTo(200);
    }

    @Test
    void aMassUpdateThatWouldRepeatAUniqueValueIsA400NamingTheField() {
        int n = SEQUENCE.incrementAndGet();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ids.add(admin.post("/api/v1/Brand", Map.of("name", "U" + n + i, "code", "u" + n + "-" + i)).json()
                    .get("id").asText());
        }
        admin.post("/api/v1/Brand", Map.of("name", "Holder " + n, "code", "held" + n));
        for (List<String> chosen : List.of(ids, List.of(ids.get(0)))) {
            ApiResponse taken = admin.put("/api/v1/Brand/action/massUpdate", Map.of("ids", chosen,
                    "attributes", Map.of("code", chosen.size() > 1 ? "same" + n : "held" + n)));
            assertThat(taken.status()).as(taken.toString()).isEqualTo(400);
            assertThat(taken.json().get("errors").get(0).get("field").asText()).isEqualTo("code");
        }
        assertThat(admin.get("/api/v1/Brand/" + ids.get(0)).json().get("code").asText()).isEqualTo("u" + n + "-0");
    }

    @Test
    void dateAndDateTimeAttributeValuesAreStored() {
        String product = product("dated", Map.of());
        String date = attribute("date", Map.of());
        String dateTime = attribute("datetime", Map.of());
        ApiResponse stored = admin.post("/api/v1/Product/" + product + "/upsertAttributeValues", List.of(
                Map.of("attributeId", date, "value", "2024-05-01"),
                Map.of("attributeId", dateTime, "value", "2024-05-01 10:20:30")));
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertThat(stored.text()).isEqualTo("true");
        ApiResponse values = admin.get("/api/v1/Product/" + product + "/attributeValues");
        assertThat(values.text()).contains("2024-05-01").contains("2024-05-01 10:20:30");
    }

    private static String upsertStatus(ApiClient api, String entity, Map<String, Object> payload) {
        ApiResponse answer = api.post("/api/v1/MassActions/action/upsert", List.of(Map.of("entity", entity,
                "payload", payload)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get(0).get("status").asText();
    }

    private static void assertForbidden(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.json().get("reason").asText()).isNotBlank();
    }

    private static String product(String name, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("name", name);
        body.put("number", name + "-" + SEQUENCE.incrementAndGet());
        return admin.post("/api/v1/Product", body).json().get("id").asText();
    }

    private static String attribute(String type, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("name", type + " attribute " + SEQUENCE.incrementAndGet());
        body.put("type", type);
        return admin.post("/api/v1/Attribute", body).json().get("id").asText();
    }

    private static Map<String, Object> ownProducts() {
        Map<String, Object> scope = levels("own", "own");
        scope.put("createAction", "yes");
        return scope;
    }

    private static Map<String, Object> levels(String read, String edit) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("hasAccess", true);
        scope.put("createAction", edit.equals("no") ? "no" : "yes");
        scope.put("readAction", read);
        scope.put("editAction", edit);
        scope.put("deleteAction", edit);
        return scope;
    }

    private record Login(String id, ApiClient api, int n) {
    }

    private static Login userWith(Map<String, Map<String, Object>> scopes) {
        int n = SEQUENCE.incrementAndGet();
        String roleId = admin.post("/api/v1/Role", Map.of("name", "rules " + n)).json().get("id").asText();
        scopes.forEach((entity, levels) -> {
            Map<String, Object> scope = new LinkedHashMap<>(levels);
            scope.put("roleId", roleId);
            scope.put("name", entity);
            assertThat(admin.post("/api/v1/RoleScope", scope).status()).isEqualTo(200);
        });
        String id = admin.post("/api/v1/User", Map.of("userName", "rules" + n, "password", "rules-pass-" + n,
                "rolesIds", List.of(roleId))).json().get("id").asText();
        return new Login(id, atrium.anonymous().loggedInAs("rules" + n, "rules-pass-" + n), n);
    }
}
