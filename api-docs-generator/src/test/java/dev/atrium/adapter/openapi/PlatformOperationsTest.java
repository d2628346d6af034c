package dev.atrium.adapter.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.application.port.out.ApiDocumentFormat.Version;

/** Login, logout, bulk upsert and jobs, and the two ways to authenticate. */
class PlatformOperationsTest {

    private final JsonNode document = Documents.tree(TestCatalogs.workshop(), Version.OPENAPI_3_0);
    private final JsonNode paths = document.get("paths");
    private final JsonNode schemas = document.get("components").get("schemas");

    @Test
    void everyRouteTakesTheTokenHeaderOrBasicAndTheLoginTakesBasicFirst() {
        JsonNode schemes = document.get("components").get("securitySchemes");

        assertThat(schemes.get("AuthorizationToken").toString())
                .contains("\"type\":\"apiKey\"", "\"in\":\"header\"", "\"name\":\"Authorization-Token\"");
        assertThat(schemes.get("BasicAuth").toString()).contains("\"type\":\"http\"", "\"scheme\":\"basic\"");
        assertThat(document.get("security").toString()).isEqualTo("[{\"AuthorizationToken\":[]},{\"BasicAuth\":[]}]");
        JsonNode login = paths.get("/App/user").get("get");
        assertThat(login.get("security").toString()).isEqualTo("[{\"BasicAuth\":[]},{\"AuthorizationToken\":[]}]");
        assertThat(login.get("parameters").findValuesAsText("name")).containsExactly(
                "Authorization-Token-Only", "Authorization-Token-Lifetime", "Authorization-Token-Idletime");
        assertThat(Documents.texts(schemas.get("Login").get("required"))).containsExactly("authorizationToken");
        assertThat(schemas.get("Login").get("properties").fieldNames()).toIterable().containsExactly(
                "user", "acl", "preferences", "token", "settings", "appParams", "authorizationToken");
    }

    @Test
    void logoutTakesTheRawToken() {
        JsonNode logout = paths.get("/App/action/destroyAuthToken").get("post");

        assertThat(logout.get("requestBody").toString()).contains("#/components/schemas/DestroyAuthToken");
        assertThat(logout.get("responses").fieldNames()).toIterable().containsExactly("200", "400", "401", "404", "415", "503");
    }

    @Test
    void upsertTakesItemsOfTheEntitiesAndAnswersResultsOrAQueuedJob() {
        JsonNode upsert = paths.get("/MassActions/action/upsert").get("post");

        assertThat(upsert.get("parameters").findValuesAsText("name")).containsExactly("dryRun", "Use-Queue", "Idempotency-Key");
        assertThat(upsert.get("requestBody").get("content").fieldNames()).toIterable()
                .containsExactly("application/json", "application/x-ndjson");
        assertThat(upsert.get("requestBody").get("content").get("application/json").get("schema").get("items")
                .get("$ref").asText()).isEqualTo("#/components/schemas/UpsertItem");
        assertThat(upsert.get("responses").get("200").get("content").get("application/json").get("schema")
                .get("$ref").asText()).isEqualTo("#/components/schemas/UpsertAnswer");
        assertThat(schemas.get("UpsertAnswer").get("oneOf").findValuesAsText("$ref"))
                .containsExactly("#/components/schemas/UpsertResults", "#/components/schemas/JobQueued");
        assertThat(upsert.get("responses").get("200").get("headers").has("Idempotent-Replayed")).isTrue();
        assertThat(upsert.get("responses").fieldNames()).toIterable().containsExactly("200", "400", "401", "409", "413", "415", "503");
        assertThat(Documents.texts(schemas.get("UpsertItem").get("properties").get("entity").get("enum")))
                .containsExactly("Supplier", "Gadget");
        assertThat(Documents.texts(schemas.get("UpsertResult").get("properties").get("status").get("enum")))
                .containsExactly("Created", "Updated", "NotModified", "Failed");
    }

    @Test
    void metadataDescribesEntityDefinitionsScopesAndFieldTypes() {
        JsonNode metadata = paths.get("/Metadata").get("get");

        assertThat(metadata.get("responses").get("200").toString()).contains("#/components/schemas/Metadata");
        assertThat(Documents.texts(schemas.get("Metadata").get("required"))).containsExactlyInAnyOrder("entityDefs", "scopes", "fields");
        assertThat(schemas.get("Metadata").get("properties").get("entityDefs").get("additionalProperties").get("$ref")
                .asText()).isEqualTo("#/components/schemas/EntityDef");
        assertThat(Documents.texts(schemas.get("FieldDef").get("properties").get("type").get("enum")))
                .contains("varchar", "enum", "link", "linkMultiple", "datetime");
        assertThat(Documents.texts(schemas.get("LinkDef").get("properties").get("type").get("enum")))
                .containsExactly("belongsTo", "hasMany");
    }

    @Test
    void aJobShowsItsStatusCountsAndResults() {
        JsonNode job = paths.get("/Job/{id}").get("get");

        assertThat(job.get("responses").get("200").toString()).contains("#/components/schemas/Job");
        assertThat(job.get("responses").fieldNames()).toIterable().containsExactly("200", "401", "404", "503");
        assertThat(Documents.texts(schemas.get("Job").get("properties").get("status").get("enum")))
                .containsExactly("Pending", "Running", "Success", "Failed", "Canceled");
        assertThat(schemas.get("Job").get("properties").get("finishedAt").get("nullable").asBoolean()).isTrue();
    }
}
