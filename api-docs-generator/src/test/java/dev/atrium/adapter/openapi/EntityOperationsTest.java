package dev.atrium.adapter.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.application.port.out.ApiDocumentFormat.Version;

/** Each entity gets the routes Atrium serves today, with AtroCore's operation ids and the statuses they answer. */
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
                "getListOfSupplierItems", "createSupplierItem", "getSupplierItem", "updateSupplierItem",
                "patchSupplierItem", "deleteSupplierItem",
                "getListOfGadgetItems", "createGadgetItem", "getGadgetItem", "updateGadgetItem",
                "patchGadgetItem", "deleteGadgetItem");
    }

    @Test
    void eachOperationListsTheStatusesItAnswers() {
        assertThat(collection.get("get").get("responses").fieldNames()).toIterable().containsExactly("200", "400");
        assertThat(collection.get("post").get("responses").fieldNames()).toIterable()
                .containsExactly("200", "400", "409", "413", "415");
        assertThat(item.get("get").get("responses").fieldNames()).toIterable().containsExactly("200", "404");
        for (String method : new String[] {"put", "patch"}) {
            assertThat(item.get(method).get("responses").fieldNames()).toIterable()
                    .containsExactly("200", "304", "400", "404", "413", "415");
            assertThat(item.get(method).get("responses").get("304").has("content")).isFalse();
            assertThat(item.get(method).get("requestBody").toString()).contains("#/components/schemas/GadgetUpdate");
        }
        assertThat(item.get("delete").get("responses").fieldNames()).toIterable().containsExactly("200", "404");
        assertThat(collection.get("post").get("responses").get("409").get("$ref").asText())
                .isEqualTo("#/components/responses/Conflict");
        assertThat(document.get("components").get("responses").get("Conflict").toString())
                .contains("X-Status-Reason").contains("#/components/schemas/Error");
    }

    @Test
    void aListTakesPagingAndOrderWithTheConfiguredLimits() {
        JsonNode parameters = collection.get("get").get("parameters");

        assertThat(parameters.findValuesAsText("name")).containsExactly("offset", "maxSize", "sortBy", "asc");
        JsonNode maxSize = parameters.get(1).get("schema");
        assertThat(maxSize.get("default").asInt()).isEqualTo(200);
        assertThat(maxSize.get("maximum").asInt()).isEqualTo(1000);
        JsonNode sortBy = parameters.get(2).get("schema");
        assertThat(sortBy.get("default").asText()).isEqualTo("serial");
        assertThat(Documents.texts(sortBy.get("enum"))).contains("id", "serial", "supplierId", "createdAt")
                .doesNotContain("supplier", "supplierName");
        assertThat(parameters.get(3).get("schema").get("default").asBoolean(true)).isFalse();
    }

    @Test
    void deleteTakesThePermanentlyHeaderAndAnswersTrue() {
        JsonNode delete = item.get("delete");

        assertThat(delete.get("parameters").get(0).get("name").asText()).isEqualTo("Permanently");
        assertThat(delete.get("parameters").get(0).get("in").asText()).isEqualTo("header");
        assertThat(delete.get("responses").get("200").toString()).contains("\"type\":\"boolean\"");
    }
}
