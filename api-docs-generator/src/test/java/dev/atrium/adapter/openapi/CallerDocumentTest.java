package dev.atrium.adapter.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.parser.OpenAPIV3Parser;

import dev.atrium.application.port.out.ApiDocumentFormat;
import dev.atrium.application.port.out.ApiDocumentFormat.Notation;
import dev.atrium.application.port.out.ApiDocumentFormat.Version;
import dev.atrium.domain.security.AccessLevel;
import dev.atrium.domain.security.AccessPolicy;
import dev.atrium.domain.security.EntityAccess;

/** A caller's document shows only the entities, routes and fields their roles open. */
class CallerDocumentTest {

    /** Reads gadgets, but not their stock; may edit them except their serial; nothing else. */
    private static final AccessPolicy GADGET_CLERK = new AccessPolicy(false, Map.of("Gadget",
            new EntityAccess(false, AccessLevel.ALL, AccessLevel.OWN, AccessLevel.NO, Set.of("stock"), Set.of("serial"))));
    private static final AccessPolicy NOBODY = new AccessPolicy(false, Map.of());

    private final JsonNode document = Documents.tree(TestCatalogs.workshop(), GADGET_CLERK, Version.OPENAPI_3_0);
    private final JsonNode paths = document.get("paths");
    private final JsonNode schemas = document.get("components").get("schemas");

    @Test
    void entitiesTheCallerCannotReachAreLeftOut() {
        assertThat(paths.fieldNames()).toIterable().containsExactlyInAnyOrder("/App/user", "/App/action/destroyAuthToken",
                "/Metadata", "/I18n", "/MassActions/action/upsert", "/Job/{id}", "/Gadget", "/Gadget/{id}", "/Gadget/action/massUpdate");
        assertThat(document.get("tags").findValuesAsText("name")).containsExactly("App", "Metadata", "I18n", "MassActions", "Job", "Gadget");
        assertThat(schemas.fieldNames()).toIterable().noneMatch(name -> name.contains("Supplier") || name.startsWith("User"));
        assertThat(Documents.texts(schemas.get("UpsertItem").get("properties").get("entity").get("enum")))
                .containsExactly("Gadget");
    }

    @Test
    void onlyTheActionsTheRoleAllowsAreDescribed() {
        assertThat(paths.get("/Gadget").fieldNames()).toIterable().containsExactly("get");
        assertThat(paths.get("/Gadget/{id}").fieldNames()).toIterable().containsExactlyInAnyOrder("parameters", "get", "put", "patch");
        assertThat(paths.has("/Gadget/{id}/supplier")).as("Supplier is closed to the caller").isFalse();
    }

    @Test
    void hiddenFieldsAreNotReadAndReadOnlyFieldsAreNotWritten() {
        assertThat(schemas.get("Gadget").get("properties").has("stock")).isFalse();
        assertThat(Documents.texts(schemas.get("Gadget").get("required"))).doesNotContain("stock").contains("serial");
        assertThat(schemas.get("GadgetUpdate").get("properties").has("serial")).isFalse();
        assertThat(schemas.get("GadgetUpdate").get("properties").has("stock")).isFalse();
        assertThat(schemas.get("GadgetUpdate").get("properties").has("colour")).isTrue();
        String sortBy = paths.get("/Gadget").get("get").get("parameters").get(5).get("schema").get("pattern").asText();
        assertThat("stock").doesNotMatch(sortBy);
        assertThat("colour").matches(sortBy);
    }

    @Test
    void aCallerWithoutRolesSeesLoginAndJobsOnlyAndEveryViewIsValid() {
        JsonNode nothing = Documents.tree(TestCatalogs.installed(), NOBODY, Version.OPENAPI_3_0);

        assertThat(nothing.get("paths").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("/App/user", "/App/action/destroyAuthToken", "/Metadata", "/I18n", "/Job/{id}");
        for (AccessPolicy access : new AccessPolicy[] {GADGET_CLERK, NOBODY}) {
            for (Version version : Version.values()) {
                String text = new OpenApiDocumentRenderer(Documents.SETTINGS).render(TestCatalogs.installed(), access,
                        new ApiDocumentFormat(version, Notation.JSON), Documents.SERVER);
                assertThat(new OpenAPIV3Parser().readContents(text, null, null).getMessages()).isEmpty();
            }
        }
    }
}
