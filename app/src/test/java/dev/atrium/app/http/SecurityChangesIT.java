package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/**
 * A change to a user, a token, a role or a team takes effect on the very next request on the node
 * that made it, whichever route made it: nothing a node cached may keep an old right alive.
 */
@OnEachTestDatabase
class SecurityChangesIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static RunningAtrium atrium;
    private static ApiClient admin;
    private static String teamId;
    private static String teamNoteId;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind database) {
        atrium = RunningAtrium.start(database);
        admin = atrium.api();
        teamId = admin.post("/api/v1/Team", Map.of("name", "Editors")).json().get("id").asText();
        String stranger = admin.post("/api/v1/User", Map.of("userName", "stranger", "password", "stranger-pass-1"))
                .json().get("id").asText();
        teamNoteId = admin.post("/api/v1/Note", Map.of("name", "team note", "ownerUserId", stranger,
                "teamsIds", List.of(teamId))).json().get("id").asText();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    @Test
    void deactivatingAUserEndsTheirTokensAtOnce() {
        Account user = account(Map.of());
        assertThat(user.client().get("/api/v1/App/user").status()).isEqualTo(200);

        admin.patch("/api/v1/User/" + user.id(), Map.of("isActive", false));

        assertThat(user.client().get("/api/v1/App/user").status()).isEqualTo(401);
    }

    @Test
    void deactivatingUsersByAConditionEndsTheirTokensAtOnce() {
        Account user = account(Map.of("lastName", "Leaver"));
        assertThat(user.client().get("/api/v1/App/user").status()).isEqualTo(200);

        ApiResponse mass = admin.put("/api/v1/User/action/massUpdate", Map.of("byWhere", true, "where",
                List.of(Map.of("type", "equals", "attribute", "lastName", "value", "Leaver")),
                "attributes", Map.of("isActive", false)));

        assertThat(mass.status()).as(mass.toString()).isEqualTo(200);
        assertThat(user.client().get("/api/v1/App/user").status()).isEqualTo(401);
    }

    @Test
    void deletingAUserEndsTheirTokensAtOnce() {
        Account user = account(Map.of());
        assertThat(user.client().get("/api/v1/App/user").status()).isEqualTo(200);

        assertThat(admin.delete("/api/v1/User/" + user.id()).status()).isEqualTo(200);

        assertThat(user.client().get("/api/v1/App/user").status()).isEqualTo(401);
    }

    @Test
    void aPasswordChangeEndsEveryTokenOfTheUserAndOnlyTheNewPasswordLogsIn() {
        Account user = account(Map.of());
        ApiClient otherSession = atrium.anonymous().loggedInAs(user.name(), user.password());
        ApiClient bystander = account(Map.of()).client();
        assertThat(user.client().get("/api/v1/App/user").status()).isEqualTo(200);
        assertThat(otherSession.get("/api/v1/App/user").status()).isEqualTo(200);

        assertThat(admin.patch("/api/v1/User/" + user.id(), Map.of("password", "changed-pass-2")).status())
                .isEqualTo(200);

        assertThat(user.client().get("/api/v1/App/user").status()).isEqualTo(401);
        assertThat(otherSession.get("/api/v1/App/user").status()).isEqualTo(401);
        assertThat(bystander.get("/api/v1/App/user").status()).as("another user's token").isEqualTo(200);
        assertThat(login(user.name(), user.password())).isEqualTo(401);
        assertThat(login(user.name(), "changed-pass-2")).isEqualTo(200);
    }

    @Test
    void aPasswordChangedByTheUserThemselvesEndsTheTokenThatChangedItToo() {
        Account user = account(Map.of("isAdmin", true));

        assertThat(user.client().patch("/api/v1/User/" + user.id(), Map.of("password", "my-new-pass-2")).status())
                .isEqualTo(200);

        assertThat(user.client().get("/api/v1/App/user").status()).isEqualTo(401);
        assertThat(login(user.name(), "my-new-pass-2")).isEqualTo(200);
    }

    @Test
    void anAdminTokenDeactivatedThroughTheApiEndsAtOnce() {
        Account user = account(Map.of());
        assertThat(user.client().get("/api/v1/App/user").status()).isEqualTo(200);
        String tokenId = admin.get("/api/v1/AuthToken?where[0][type]=equals&where[0][attribute]=userId&where[0][value]="
                + user.id()).json().get("list").get(0).get("id").asText();

        assertThat(admin.patch("/api/v1/AuthToken/" + tokenId, Map.of("isActive", false)).status()).isEqualTo(200);

        assertThat(user.client().get("/api/v1/App/user").status()).isEqualTo(401);
    }

    @Test
    void revokingAdminRightsTakesEffectAtOnce() {
        Account user = account(Map.of("isAdmin", true));
        assertThat(user.client().get("/api/v1/User").status()).isEqualTo(200);

        admin.patch("/api/v1/User/" + user.id(), Map.of("isAdmin", false));

        assertThat(user.client().get("/api/v1/User").status()).isEqualTo(403);
    }

    @Test
    void takingARoleAwayOrGivingItBackTakesEffectAtOnceOnEveryRoute() {
        String roleId = role("Brand", "all");
        Account user = account(Map.of("rolesIds", List.of(roleId)));
        assertThat(user.client().get("/api/v1/Brand").status()).isEqualTo(200);

        admin.patch("/api/v1/User/" + user.id(), Map.of("rolesIds", List.of()));
        assertThat(user.client().get("/api/v1/Brand").status()).as("role removed from the user").isEqualTo(403);

        admin.post("/api/v1/Role/" + roleId + "/users", Map.of("ids", List.of(user.id())));
        assertThat(user.client().get("/api/v1/Brand").status()).as("user linked from the role's side").isEqualTo(200);

        admin.send(admin.request("/api/v1/Role/" + roleId + "/users?ids=" + user.id()).DELETE());
        assertThat(user.client().get("/api/v1/Brand").status()).as("user unlinked from the role's side").isEqualTo(403);

        admin.post("/api/v1/User/" + user.id() + "/roles", Map.of("ids", List.of(roleId)));
        assertThat(user.client().get("/api/v1/Brand").status()).as("role linked from the user's side").isEqualTo(200);
    }

    @Test
    void changingWhatARoleAllowsTakesEffectAtOnce() {
        String roleId = role("Brand", "all");
        Account user = account(Map.of("rolesIds", List.of(roleId)));
        String brandId = admin.post("/api/v1/Brand", Map.of("name", "Acme " + user.name(), "code", "acme-" + user.name()))
                .json().get("id").asText();
        assertThat(user.client().get("/api/v1/Brand/" + brandId).json().has("code")).isTrue();
        String scopeId = admin.get("/api/v1/RoleScope?where[0][type]=equals&where[0][attribute]=roleId&where[0][value]="
                + roleId).json().get("list").get(0).get("id").asText();

        admin.post("/api/v1/RoleScopeField", Map.of("roleScopeId", scopeId, "name", "code", "readAction", false,
                "editAction", false));
        assertThat(user.client().get("/api/v1/Brand/" + brandId).json().has("code")).as("field closed").isFalse();

        admin.patch("/api/v1/RoleScope/" + scopeId, Map.of("readAction", "no"));
        assertThat(user.client().get("/api/v1/Brand/" + brandId).status()).as("entity closed").isEqualTo(403);

        admin.delete("/api/v1/RoleScope/" + scopeId);
        admin.post("/api/v1/RoleScope", Map.of("roleId", roleId, "name", "Brand", "readAction", "all"));
        assertThat(user.client().get("/api/v1/Brand/" + brandId).status()).as("scope replaced").isEqualTo(200);

        admin.delete("/api/v1/Role/" + roleId);
        assertThat(user.client().get("/api/v1/Brand/" + brandId).status()).as("role deleted").isEqualTo(403);
    }

    @Test
    void leavingATeamTakesEffectAtOnce() {
        String roleId = role("Note", "team");
        Account user = account(Map.of("rolesIds", List.of(roleId), "teamsIds", List.of(teamId)));
        assertThat(user.client().get("/api/v1/Note/" + teamNoteId).status()).isEqualTo(200);

        admin.patch("/api/v1/User/" + user.id(), Map.of("teamsIds", List.of()));
        assertThat(user.client().get("/api/v1/Note/" + teamNoteId).status()).as("left the team").isIn(403, 404);

        admin.post("/api/v1/Team/" + teamId + "/users", Map.of("ids", List.of(user.id())));
        assertThat(user.client().get("/api/v1/Note/" + teamNoteId).status()).as("added from the team's side")
                .isEqualTo(200);
    }

    private static String role(String entity, String read) {
        String roleId = admin.post("/api/v1/Role", Map.of("name", entity + " " + read)).json().get("id").asText();
        admin.post("/api/v1/RoleScope", Map.of("roleId", roleId, "name", entity, "readAction", read));
        return roleId;
    }

    /** A new user with the given extra fields, logged in once. */
    private static Account account(Map<String, Object> extra) {
        int n = SEQUENCE.incrementAndGet();
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("userName", "changing" + n);
        body.put("password", "changing-pass-" + n);
        String id = admin.post("/api/v1/User", body).json().get("id").asText();
        return new Account(id, "changing" + n, "changing-pass-" + n,
                atrium.anonymous().loggedInAs("changing" + n, "changing-pass-" + n));
    }

    private static int login(String userName, String password) {
        ApiClient anonymous = atrium.anonymous();
        return anonymous.send(anonymous.request("/api/v1/App/user")
                .header("Authorization", ApiClient.basic(userName, password))).status();
    }

    private record Account(String id, String name, String password, ApiClient client) {
    }
}
