package dev.atrium.adapter.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.application.port.out.ApiDocumentFormat.Version;

/** Each entity gets the routes Atrium serves, with AtroCore's operation ids and the statuses they answer. */
class EntityOperationsTest {

    private final JsonNode document = Documents.tree(TestCatalogs.workshop(), Version.OPENAPI_3_0);
    private final JsonNode collection = document.get("paths").get("/Gadget");
    private final JsonNode item = document.get("paths").get("/Gadget/{id}");

    @Test
    void theDocumentNamesAtriumItsBuildAndTheApiRoot() {
        assertThat(document.get("openapi").asText()).isEqualTo("3.0.3");
        assertThat(document.get("info").get("title").asText()).isEqualTo("Atrium");
        assertThat(document.get("info").get("version").asText()).isEqualTo("0.0.0-test");
        assertThat(document.get("servers").toString()).isEqualTo("[{\"url\":\"/api/v1\"}]");
        assertThat(Documents.texts(collection.get("get").get("tags"))).containsExactly("Gadget");
    }

    @Test
    void everyRouteHasItsOperationIdAndOnlyThoseRoutesExist() {
        assertThat(collection.fieldNames()).toIterable().containsExactly("get", "post");
        assertThat(item.fieldNames()).toIterable().containsExactlyInAnyOrder("get", "put", "patch", "delete", "parameters");
        assertThat(document.findValuesAsText("operationId")).containsExactlyInAnyOrder(
                "getAppUser", "destroyAuthToken", "getMetadata", "getI18n", "upsert", "getJobItem",
                "getListOfSupplierItems", "createSupplierItem", "getSupplierItem", "updateSupplierItem",
                "patchSupplierItem", "deleteSupplierItem", "massUpdateSupplier", "massDeleteSupplier",
                "getLinkedItemsForSupplierItemGadgets", "linkSupplierGadgets", "unlinkSupplierGadgets",
                "getListOfGadgetItems", "createGadgetItem", "getGadgetItem", "updateGadgetItem",
                "patchGadgetItem", "deleteGadgetItem", "massUpdateGadget", "massDeleteGadget",
                "getLinkedItemsForGadgetItemSupplier");
    }

    @Test
    void eachOperationListsTheStatusesItAnswers() {
        assertThat(collection.get("get").get("responses").fieldNames()).toIterable()
                .containsExactly("200", "400", "401", "403", "503");
        assertThat(collection.get("post").get("responses").fieldNames()).toIterable()
                .containsExactly("200", "400", "401", "403", "409", "413", "415", "503");
        assertThat(item.get("get").get("responses").fieldNames()).toIterable()
                .containsExactly("200", "401", "403", "404", "503");
        for (String method : new String[] {"put", "patch"}) {
            assertThat(item.get(method).get("responses").fieldNames()).toIterable()
                    .containsExactly("200", "304", "400", "401", "403", "404", "409", "412", "413", "415", "503");
            assertThat(item.get(method).get("responses").get("200").get("headers").has("ETag")).isTrue();
            assertThat(item.get(method).get("parameters").toString()).contains("If-Match");
            assertThat(item.get(method).get("responses").get("304").has("content")).isFalse();
            assertThat(item.get(method).get("requestBody").toString()).contains("#/components/schemas/GadgetUpdate");
        }
        assertThat(item.get("delete").get("responses").fieldNames()).toIterable()
                .containsExactly("200", "401", "403", "404", "412", "503");
        assertThat(item.get("get").get("responses").get("200").get("headers").has("ETag")).isTrue();
        assertThat(collection.get("post").get("responses").get("409").get("$ref").asText())
                .isEqualTo("#/components/responses/Conflict");
        assertThat(document.get("components").get("responses").get("Conflict").toString())
                .contains("X-Status-Reason").contains("#/components/schemas/Error");
        assertThat(document.get("components").get("responses").fieldNames()).toIterable().containsExactly(
                "BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict", "PreconditionFailed",
                "PayloadTooLarge", "UnsupportedMediaType", "ServiceUnavailable");
    }

    @Test
    void aListTakesEveryListParameterWithTheConfiguredLimits() {
        JsonNode parameters = collection.get("get").get("parameters");

        assertThat(parameters.findValuesAsText("name")).containsExactly("where", "select", "textFilter", "offset",
                "maxSize", "sortBy", "asc", "collectionOnly", "totalOnly", "count", "cursor");
        JsonNode maxSize = parameter(parameters, "maxSize");
        assertThat(maxSize.get("default").asInt()).isEqualTo(200);
        assertThat(maxSize.get("maximum").asInt()).isEqualTo(1000);
        JsonNode sortBy = parameter(parameters, "sortBy");
        assertThat(sortBy.get("default").asText()).as("AtroCore's order, not the entity's collection default")
                .isEqualTo("id");
        assertThat("serial,supplierId:desc").matches(sortBy.get("pattern").asText());
        assertThat("createdAt:asc").matches(sortBy.get("pattern").asText());
        assertThat("supplierName").doesNotMatch(sortBy.get("pattern").asText());
        assertThat("serial:sideways").doesNotMatch(sortBy.get("pattern").asText());
        assertThat(parameter(parameters, "asc").get("default").asBoolean(false)).isTrue();
        assertThat(Documents.texts(parameter(parameters, "count").get("enum"))).containsExactly("exact", "none");
        assertThat(parameters.get(0).get("description").asText()).contains("WhereCondition");
    }

    @Test
    void whereConditionsHaveASchemaWithEveryConditionType() {
        JsonNode condition = document.get("components").get("schemas").get("WhereCondition");

        assertThat(Documents.texts(condition.get("required"))).containsExactly("type");
        assertThat(Documents.texts(condition.get("properties").get("type").get("enum")))
                .contains("equals", "in", "between", "linkedWith", "arrayAnyOf", "lastXDays", "and", "or", "not")
                .contains("bool").hasSize(42);
    }

    @Test
    void deleteTakesThePermanentlyHeaderAndAnswersTrue() {
        JsonNode delete = item.get("delete");

        assertThat(delete.get("parameters").get(0).get("name").asText()).isEqualTo("Permanently");
        assertThat(delete.get("parameters").get(0).get("in").asText()).isEqualTo("header");
        assertThat(delete.get("responses").get("200").toString()).contains("\"type\":\"boolean\"");
    }

    private static JsonNode parameter(JsonNode parameters, String name) {
        for (JsonNode parameter : parameters) {
            if (parameter.get("name").asText().equals(name)) {
                return parameter.get("schema");
            }
        }
        throw new AssertionError("no parameter " + name);
    }
}
