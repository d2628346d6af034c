package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/**
 * Every combination of create, read, edit and delete level and of field permission, on an entity
 * with owner and teams (Note) and one with an assigned user (Memo): a user with that role reads,
 * lists, filters, sorts, creates, updates and deletes exactly what the role allows, and no more.
 * The whole matrix runs on H2; PostgreSQL and MariaDB run every combination of read, edit and delete
 * level with the create and field permissions taking turns ({@link AclCase#levels()}), which puts
 * each level's SQL condition through each database at a sixth of the requests.
 */
@OnEachTestDatabase
class AclMatrixIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static RunningAtrium atrium;
    private static ApiClient admin;
    private static String teamId;
    private static String otherUserId;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind database) {
        atrium = RunningAtrium.start(database);
        admin = atrium.api();
        teamId = admin.post("/api/v1/Team", Map.of("name", "Shared team")).json().get("id").asText();
        otherUserId = admin.post("/api/v1/User", Map.of("userName", "someone-else", "password", "x-pass-1"))
                .json().get("id").asText();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    @TestFactory
    Stream<DynamicTest> aRoleReachesExactlyWhatItGrants() {
        List<AclCase> cases = database == DatabaseKind.H2 ? AclCase.all() : AclCase.levels();
        return cases.stream().map(role -> DynamicTest.dynamicTest(role.toString(), () -> check(role)));
    }

    private static void check(AclCase role) {
        int n = SEQUENCE.incrementAndGet();
        String userId = userWith(role, n);
        ApiClient user = atrium.anonymous().loggedInAs("acl" + n, "acl-pass-" + n);
        Map<String, String> ids = fixtures(role.entity(), userId, n);
        String path = "/api/v1/" + role.entity();

        checkReads(role, user, path, ids);
        checkFiltersAndSorts(role, user, path, ids);
        checkCreate(role, user, path, n);
        checkUpdates(role, user, path, ids, n);
        checkDeletes(role, user, path, ids);
    }

    private static void checkReads(AclCase role, ApiClient user, String path, Map<String, String> ids) {
        ApiResponse list = user.get(path + inIds(ids) + "&maxSize=10");
        if (role.read().equals("no")) {
            assertThat(list.status()).isEqualTo(403);
        } else {
            Set<String> listed = new TreeSet<>();
            list.json().get("list").forEach(record -> {
                listed.add(record.get("id").asText());
                assertThat(record.has("secret")).as("secret in a list").isEqualTo(role.fieldRead());
            });
            assertThat(listed).isEqualTo(expectedIds(role.reach(role.read()), ids));
        }
        ids.forEach((kind, id) -> {
            ApiResponse one = user.get(path + "/" + id);
            assertThat(one.status()).as("read %s", kind).isEqualTo(role.reach(role.read()).contains(kind) ? 200 : 403);
            if (one.status() == 200) {
                assertThat(one.json().has("secret")).as("secret on a read").isEqualTo(role.fieldRead());
            }
        });
    }

    private static void checkFiltersAndSorts(AclCase role, ApiClient user, String path, Map<String, String> ids) {
        int expected = role.read().equals("no") || !role.fieldRead() ? 403 : 200;
        assertThat(user.get(path + "?where[0][type]=equals&where[0][attribute]=secret&where[0][value]=s").status())
                .as("filter by secret").isEqualTo(expected);
        assertThat(user.get(path + "?sortBy=secret").status()).as("sort by secret").isEqualTo(expected);
    }

    private static void checkCreate(AclCase role, ApiClient user, String path, int n) {
        ApiResponse created = user.post(path, Map.of("name", "created " + n, "secret", "typed by user"));
        assertThat(created.status()).as("create").isEqualTo(role.create() ? 200 : 403);
        if (created.status() == 200) {
            String secret = admin.get(path + "/" + created.json().get("id").asText()).json().path("secret").asText(null);
            assertThat(secret).as("secret set on create").isEqualTo(role.fieldEdit() ? "typed by user" : null);
        }
    }

    private static void checkUpdates(AclCase role, ApiClient user, String path, Map<String, String> ids, int n) {
        ids.forEach((kind, id) -> {
            ApiResponse updated = user.patch(path + "/" + id, Map.of("name", "renamed " + n + kind, "secret", "changed"));
            boolean allowed = role.reach(role.edit()).contains(kind);
            assertThat(updated.status()).as("update %s", kind).isEqualTo(allowed ? 200 : 403);
            JsonNode stored = admin.get(path + "/" + id).json();
            assertThat(stored.get("name").asText()).isEqualTo(allowed ? "renamed " + n + kind : kind + " " + n);
            assertThat(stored.get("secret").asText()).isEqualTo(allowed && role.fieldEdit() ? "changed" : "s");
        });
    }

    private static void checkDeletes(AclCase role, ApiClient user, String path, Map<String, String> ids) {
        ids.forEach((kind, id) -> {
            boolean allowed = role.reach(role.delete()).contains(kind);
            assertThat(user.delete(path + "/" + id).status()).as("delete %s", kind).isEqualTo(allowed ? 200 : 403);
            assertThat(admin.get(path + "/" + id).status()).isEqualTo(allowed ? 404 : 200);
        });
    }

    private static String userWith(AclCase role, int n) {
        String roleId = admin.post("/api/v1/Role", Map.of("name", "role " + n)).json().get("id").asText();
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("roleId", roleId);
        scope.put("name", role.entity());
        scope.put("hasAccess", true);
        scope.put("createAction", role.create() ? "yes" : "no");
        scope.put("readAction", role.read());
        scope.put("editAction", role.edit());
        scope.put("deleteAction", role.delete());
        String scopeId = admin.post("/api/v1/RoleScope", scope).json().get("id").asText();
        if (!role.fieldRead() || !role.fieldEdit()) {
            admin.post("/api/v1/RoleScopeField", Map.of("roleScopeId", scopeId, "name", "secret",
                    "readAction", role.fieldRead(), "editAction", role.fieldEdit()));
        }
        return admin.post("/api/v1/User", Map.of("userName", "acl" + n, "password", "acl-pass-" + n,
                "rolesIds", List.of(roleId), "teamsIds", List.of(teamId))).json().get("id").asText();
    }

    /** Three records: the user's own, one of the user's team (Note only), and one of somebody else. */
    private static Map<String, String> fixtures(String entity, String userId, int n) {
        String key = entity.equals("Note") ? "ownerUserId" : "assignedUserId";
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("own", create(entity, "own " + n, Map.of(key, userId)));
        ids.put("team", create(entity, "team " + n, entity.equals("Note")
                ? Map.of(key, otherUserId, "teamsIds", List.of(teamId)) : Map.of(key, otherUserId)));
        ids.put("other", create(entity, "other " + n, Map.of(key, otherUserId)));
        return ids;
    }

    private static String create(String entity, String name, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("name", name);
        body.put("secret", "s");
        return admin.post("/api/v1/" + entity, body).json().get("id").asText();
    }

    private static Set<String> expectedIds(Set<String> kinds, Map<String, String> ids) {
        Set<String> expected = new TreeSet<>();
        kinds.forEach(kind -> expected.add(ids.get(kind)));
        return expected;
    }

    private static String inIds(Map<String, String> ids) {
        StringBuilder query = new StringBuilder("?where[0][type]=in&where[0][attribute]=id");
        new ArrayList<>(ids.values()).forEach(id -> query.append("&where[0][value][]=").append(id));
        return query.toString();
    }
}
