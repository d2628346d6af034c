package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import dev.atrium.domain.metadata.EntityDefinition;

/** The running instance documents itself: /openapi.json, /openapi.yaml, ?version=3.1 and Swagger UI at /apidocs/. */
class ApiDocumentationIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static RunningAtrium atrium;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        atrium = RunningAtrium.start();
        api = atrium.api();
    }

    @AfterAll
    static void stop() {
        atrium.close();
    }

    @Test
    void theJsonDocumentIsValidOpenApi30AndDescribesEveryEntityOfTheRunningCatalog() {
        ApiResponse answer = api.get("/openapi.json");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        OpenAPI document = valid(answer.text());
        assertThat(document.getOpenapi()).isEqualTo("3.0.3");
        assertThat(document.getServers().get(0).getUrl()).isEqualTo("/api/v1");
        assertThat(atrium.catalog().entities()).extracting(EntityDefinition::name).contains("Brand", "Product", "Specimen");
        for (EntityDefinition entity : atrium.catalog().entities()) {
            String name = entity.name();
            assertThat(document.getPaths()).containsKeys("/" + name, "/" + name + "/{id}");
            assertThat(document.getComponents().getSchemas()).containsKeys(name, name + "Create", name + "Update", "ListOf" + name);
            assertThat(document.getTags()).anyMatch(tag -> tag.getName().equals(name));
        }
    }

    @Test
    void theYamlDocumentSaysTheSame() throws Exception {
        ApiResponse answer = text("/openapi.yaml");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/yaml");
        valid(answer.text());
        assertThat(Yaml.mapper().readTree(answer.text())).isEqualTo(api.get("/openapi.json").json());
    }

    @Test
    void version31IsOnRequestAndOtherVersionsAreRefused() throws Exception {
        ApiResponse answer = api.get("/openapi.json?version=3.1");

        assertThat(answer.json().get("openapi").asText()).isEqualTo("3.1.0");
        valid(answer.text());
        JsonNode price = answer.json().at("/components/schemas/Product/properties/price");
        assertThat(price.get("type").toString()).isEqualTo("[\"number\",\"null\"]");
        assertThat(text("/openapi.yaml?version=3.1").text()).startsWith("openapi: 3.1.0");
        ApiResponse refused = api.get("/openapi.json?version=2.0");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("X-Status-Reason")).isEqualTo("'version' must be 3.0 or 3.1.");
    }

    @Test
    void swaggerUiIsServedFromTheWebjarAndOpensThisDocument() throws Exception {
        ApiResponse withoutSlash = api.get("/apidocs");
        assertThat(withoutSlash.status()).isEqualTo(301);
        assertThat(withoutSlash.header("Location")).endsWith("/apidocs/");

        ApiResponse page = text("/apidocs/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.text()).contains("swagger-ui-bundle.js", "swagger-ui.css", "swagger-initializer.js");
        assertThat(text("/apidocs/swagger-initializer.js").text()).contains("\"../openapi.json\"");
        ApiResponse bundle = text("/apidocs/swagger-ui-bundle.js");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.header("Content-Type")).startsWith("text/javascript");
        assertThat(bundle.text()).contains("SwaggerUIBundle");
        assertThat(text("/apidocs/swagger-ui.css").status()).isEqualTo(200);
        assertThat(api.get("/apidocs/missing.js").status()).isEqualTo(404);
    }

    @Test
    void liveAnswersMatchTheSchemasTheDocumentGivesThem() {
        SchemaCheck check = new SchemaCheck(valid(api.get("/openapi.json").text()));
        String brandId = api.post("/api/v1/Brand", Map.of("name", "Documented", "code", "documented")).json().get("id").asText();

        JsonNode product = api.post("/api/v1/Product", Map.of("name", "Schema", "number", "S-1", "brandId", brandId,
                "price", 9.5, "ean", "96385074")).json();
        assertThat(check.problems(product, "Product")).isEmpty();
        String path = "/api/v1/Product/" + product.get("id").asText();
        assertThat(check.problems(api.patch(path, Map.of("status", "ready", "ean", "")).json(), "Product")).isEmpty();
        assertThat(check.problems(api.get("/api/v1/Product?maxSize=5&sortBy=brandId").json(), "ListOfProduct")).isEmpty();
        assertThat(check.problems(api.get("/api/v1/Product/nothing-here").json(), "Error")).isEmpty();
        assertThat(check.problems(api.post("/api/v1/Product", Map.of("price", -1)).json(), "Error")).isEmpty();
        assertThat(api.delete(path).json().isBoolean()).isTrue();

        JsonNode specimen = api.post("/api/v1/Specimen", Map.ofEntries(Map.entry("label", "every type"),
                Map.entry("body", "text"), Map.entry("flag", true), Map.entry("count", 7), Map.entry("ratio", 0.25),
                Map.entry("kind", "a"), Map.entry("kinds", List.of("x", "y")), Map.entry("items", List.of(1, "two")),
                Map.entry("day", "2026-11-28"), Map.entry("at", "2026-11-28T10:00:00+02:00"),
                Map.entry("mail", "a@example.org"), Map.entry("site", "https://example.org"),
                Map.entry("data", Map.of("k", "v")), Map.entry("makerId", brandId))).json();
        assertThat(check.problems(specimen, "Specimen")).isEmpty();
        assertThat(check.problems(api.post("/api/v1/Specimen", Map.of("label", "sparse")).json(), "Specimen")).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesAnAnswerThatDoesNotConform() {
        SchemaCheck check = new SchemaCheck(valid(api.get("/openapi.json").text()));
        JsonNode product = api.post("/api/v1/Product", Map.of("name", "Bent", "number", "B-1")).json();

        ObjectNode bent = product.deepCopy();
        bent.put("price", "cheap").put("status", "sold").put("surprise", 1).remove("number");

        assertThat(check.problems(bent, "Product")).containsExactlyInAnyOrder(
                "$: 'number' is missing",
                "$.status: \"sold\" is not one of [draft, prepared, reviewed, notReady, ready, , null]",
                "$.price: \"cheap\" is not of type number",
                "$: 'surprise' is not documented");
    }

    @Test
    void withATokenTheDocumentShowsOnlyWhatTheCallersRolesOpen() {
        String roleId = api.post("/api/v1/Role", Map.of("name", "Catalogue reader")).json().get("id").asText();
        String scopeId = api.post("/api/v1/RoleScope", Map.of("roleId", roleId, "name", "Product", "hasAccess", true,
                "readAction", "all", "editAction", "no", "deleteAction", "no", "createAction", "no"))
                .json().get("id").asText();
        api.post("/api/v1/RoleScopeField", Map.of("roleScopeId", scopeId, "name", "price", "readAction", false,
                "editAction", false));
        api.post("/api/v1/User", Map.of("userName", "doc-reader", "password", "doc-reader-secret",
                "rolesIds", List.of(roleId)));
        ApiClient reader = atrium.anonymous().loggedInAs("doc-reader", "doc-reader-secret");

        JsonNode document = reader.get("/openapi.json").json();

        valid(document.toString());
        assertThat(document.get("paths").fieldNames()).toIterable().containsExactlyInAnyOrder("/App/user",
                "/App/action/destroyAuthToken", "/Metadata", "/I18n", "/Job/{id}", "/Product", "/Product/{id}",
                "/Product/{id}/parents", "/Product/{id}/children", "/Product/{id}/attributeValues");
        assertThat(document.at("/components/schemas").has("Brand")).as("Brand is closed, so is Product/{id}/brand")
                .isFalse();
        assertThat(document.at("/paths/~1Product").fieldNames()).toIterable().containsExactly("get");
        assertThat(document.at("/components/schemas/Product/properties").has("price")).isFalse();
        assertThat(document.at("/components/schemas/Product/properties").has("number")).isTrue();
        assertThat(reader.get("/api/v1/Product?maxSize=1").status()).as("what the document shows works").isEqualTo(200);
        assertThat(reader.post("/api/v1/Product", Map.of("name", "x", "number", "x")).status())
                .as("what it leaves out is refused").isEqualTo(403);

        assertThat(atrium.anonymous().get("/openapi.json").json().get("paths").has("/Brand"))
                .as("without a token, every route").isTrue();
        ApiResponse badToken = atrium.anonymous().withToken("bm9ib2R5OjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw")
                .get("/openapi.json");
        assertThat(badToken.status()).isEqualTo(401);
        assertThat(check(badToken.json())).isEmpty();
    }

    private static List<String> check(JsonNode error) {
        return new SchemaCheck(valid(api.get("/openapi.json").text())).problems(error, "Error");
    }

    /** An answer that is not JSON: the body as text only. */
    private static ApiResponse text(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(api.request(path).build(), HttpResponse.BodyHandlers.ofString());
        return new ApiResponse(answer.statusCode(), answer.headers(), answer.body(), null);
    }

    private static OpenAPI valid(String text) {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, null);
        assertThat(result.getMessages()).isEmpty();
        return result.getOpenAPI();
    }
}
