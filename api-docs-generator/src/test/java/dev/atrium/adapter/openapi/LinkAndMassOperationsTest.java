package dev.atrium.adapter.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.application.port.out.ApiDocumentFormat.Version;

/** Relationship routes per link, typed with the target's list, and the mass actions per entity. */
class LinkAndMassOperationsTest {

    private final JsonNode document = Documents.tree(TestCatalogs.workshop(), Version.OPENAPI_3_0);
    private final JsonNode paths = document.get("paths");

    @Test
    void aToManyLinkIsListedLinkedAndUnlinked() {
        JsonNode gadgets = paths.get("/Supplier/{id}/gadgets");

        assertThat(gadgets.fieldNames()).toIterable().containsExactlyInAnyOrder("parameters", "get", "post", "delete");
        assertThat(gadgets.get("get").get("responses").get("200").toString()).contains("#/components/schemas/ListOfGadget");
        assertThat(gadgets.get("get").get("parameters").findValuesAsText("name")).contains("where", "sortBy", "maxSize");
        assertThat(gadgets.get("post").get("requestBody").toString()).contains("#/components/schemas/LinkIds");
        assertThat(gadgets.get("post").get("responses").get("200").toString()).contains("boolean");
        assertThat(gadgets.get("delete").get("requestBody").get("required").asBoolean()).isFalse();
        assertThat(gadgets.get("delete").get("parameters").findValuesAsText("name")).containsExactly("ids");
    }

    @Test
    void aBelongsToLinkIsOnlyListed() {
        JsonNode supplier = paths.get("/Gadget/{id}/supplier");

        assertThat(supplier.fieldNames()).toIterable().containsExactlyInAnyOrder("parameters", "get");
        assertThat(supplier.get("get").get("responses").get("200").toString()).contains("#/components/schemas/ListOfSupplier");
    }

    @Test
    void massActionsChooseByIdsOrWhereAndAnswerTheCount() {
        JsonNode update = paths.get("/Gadget/action/massUpdate").get("put");
        JsonNode delete = paths.get("/Gadget/action/massDelete").get("post");
        JsonNode schemas = document.get("components").get("schemas");

        assertThat(update.get("requestBody").toString()).contains("#/components/schemas/GadgetMassUpdate");
        assertThat(schemas.get("GadgetMassUpdate").get("properties").fieldNames()).toIterable()
                .containsExactly("ids", "where", "byWhere", "attributes");
        assertThat(schemas.get("GadgetMassUpdate").get("properties").get("attributes").get("$ref").asText())
                .isEqualTo("#/components/schemas/GadgetUpdate");
        assertThat(schemas.get("MassSelection").get("properties").get("where").get("items").get("$ref").asText())
                .isEqualTo("#/components/schemas/WhereCondition");
        assertThat(delete.get("requestBody").toString()).contains("#/components/schemas/MassSelection");
        assertThat(update.get("responses").get("200").toString()).contains("#/components/schemas/MassActionResult");
        assertThat(update.get("responses").fieldNames()).toIterable().containsExactly("200", "400", "401", "403", "413", "415", "503");
    }
}
