package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.parser.OpenAPIV3Parser;

/** {@code GET /api/v1/Metadata}: the entity definitions each caller may see, in the documented shape. */
class MetadataIT {

    private static RunningAtrium atrium;
    private static ApiClient admin;
    private static SchemaCheck check;

    @BeforeAll
    static void start() {
        atrium = RunningAtrium.start();
        admin = atrium.api();
        check = new SchemaCheck(new OpenAPIV3Parser().readContents(admin.get("/openapi.json").text(), null, null)
                .getOpenAPI());
    }

    @AfterAll
    static void stop() {
        atrium.close();
    }

    @Test
    void anAdminSeesEveryEntityWithItsFieldsLinksAndScope() {
        JsonNode metadata = admin.get("/api/v1/Metadata").json();

        assertThat(check.problems(metadata, "Metadata")).isEmpty();
        assertThat(metadata.get("entityDefs").fieldNames()).toIterable().contains("User", "Product", "Brand", "Specimen");
        JsonNode product = metadata.at("/entityDefs/Product");
        assertThat(product.at("/fields/name/required").asBoolean()).isTrue();
        assertThat(product.at("/fields/name/isMultilang").asBoolean()).isTrue();
        assertThat(product.at("/fields/status/options").toString()).contains("draft", "ready");
        assertThat(product.at("/fields/createdAt/readOnly").asBoolean()).isTrue();
        assertThat(product.at("/links/brand/entity").asText()).isEqualTo("Brand");
        assertThat(product.at("/collection/sortBy").asText()).isEqualTo("name");
        assertThat(metadata.at("/entityDefs/User/fields").has("password")).as("never the password").isFalse();
        assertThat(metadata.at("/scopes/Product/type").asText()).isEqualTo("Hierarchy");
        assertThat(metadata.at("/fields").has("varchar")).isTrue();
    }

    @Test
    void aRestrictedUserSeesOnlyWhatTheirRolesOpen() {
        String roleId = admin.post("/api/v1/Role", Map.of("name", "Metadata reader")).json().get("id").asText();
        String scopeId = admin.post("/api/v1/RoleScope", Map.of("roleId", roleId, "name", "Product", "hasAccess", true,
                "readAction", "all")).json().get("id").asText();
        admin.post("/api/v1/RoleScopeField", Map.of("roleScopeId", scopeId, "name", "price", "readAction", false,
                "editAction", false));
        admin.post("/api/v1/User", Map.of("userName", "meta-reader", "password", "meta-reader-secret",
                "rolesIds", List.of(roleId)));

        JsonNode metadata = atrium.anonymous().loggedInAs("meta-reader", "meta-reader-secret").get("/api/v1/Metadata").json();

        assertThat(check.problems(metadata, "Metadata")).isEmpty();
        assertThat(metadata.get("entityDefs").fieldNames()).toIterable().containsExactly("Product");
        assertThat(metadata.at("/entityDefs/Product/fields").has("price")).isFalse();
        assertThat(metadata.at("/entityDefs/Product/fields").has("number")).isTrue();
        assertThat(atrium.anonymous().get("/api/v1/Metadata").status()).isEqualTo(401);
    }
}
