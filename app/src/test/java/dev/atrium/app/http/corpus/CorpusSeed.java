package dev.atrium.app.http.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.atrium.app.http.ApiClient;
import dev.atrium.app.http.ApiResponse;
import dev.atrium.app.http.RunningAtrium;

/**
 * The records the corpus aims at, one of each kind a bad request can reach, and the callers it
 * sends as: the admin, a user who may only read products, nobody, and the admin's password.
 */
final class CorpusSeed {

    private static final List<String> UPDATABLE = List.of("Product", "Brand", "Specimen", "Category");

    private CorpusSeed() {
    }

    /** @param ids receives the id of each seeded record by placeholder name ({@code product}) */
    static void seed(RunningAtrium atrium, Map<String, String> ids, Map<String, String> credentials) {
        ApiClient admin = atrium.api();
        ids.put("brand", id(admin.post("/api/v1/Brand", Map.of("name", "Seed brand", "code", "seed-brand"))));
        ids.put("category", id(admin.post("/api/v1/Category", Map.of("name", "Seed category", "code", "seed-category"))));
        ids.put("product", id(admin.post("/api/v1/Product", Map.of("name", "Seed product", "number", "SEED-1",
                "brandId", ids.get("brand"), "categoriesIds", List.of(ids.get("category"))))));
        ids.put("specimen", id(admin.post("/api/v1/Specimen", Map.of("label", "seed", "serial", "seed-serial"))));
        id(admin.post("/api/v1/Specimen", Map.of("label", "taken", "serial", "taken-serial")));
        ids.put("attribute", id(admin.post("/api/v1/Attribute", Map.of("name", "Seed weight", "code", "seed-weight",
                "type", "int"))));
        String role = id(admin.post("/api/v1/Role", Map.of("name", "Product reader")));
        admin.post("/api/v1/RoleScope", Map.of("roleId", role, "name", "Product", "hasAccess", true,
                "createAction", "no", "readAction", "all", "editAction", "no", "deleteAction", "no"));
        ids.put("reader", id(admin.post("/api/v1/User", Map.of("userName", "reader", "password", "reader-pass-1",
                "rolesIds", List.of(role)))));
        ids.put("admin", admin.get("/api/v1/App/user").json().get("user").get("id").asText());
        credentials.put("admin", admin.authorizationToken());
        credentials.put("reader", atrium.anonymous().loggedInAs("reader", "reader-pass-1").authorizationToken());
        credentials.put("password", ApiClient.basic("admin", RunningAtrium.ADMIN_PASSWORD));
    }

    /** By entity name, the path of a seeded record that the generated cases update. */
    static Map<String, String> updatable(Map<String, String> ids) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (String entity : UPDATABLE) {
            paths.put(entity, "/api/v1/" + entity + "/" + ids.get(entity.toLowerCase(java.util.Locale.ROOT)));
        }
        return paths;
    }

    private static String id(ApiResponse created) {
        if (created.status() != 200) {
            throw new IllegalStateException("seeding failed: " + created);
        }
        return created.json().get("id").asText();
    }
}
