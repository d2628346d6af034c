package dev.atrium.adapter.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.application.port.out.ApiDocumentFormat.Version;

/** The document follows the modules: without module-pim, nothing of PIM is described. */
class ModuleRemovalTest {

    @Test
    void withModulePimItsPathsSchemasAndTagsAreThere() {
        JsonNode document = Documents.tree(TestCatalogs.installed(), Version.OPENAPI_3_0);

        assertThat(document.get("paths").has("/Product")).isTrue();
        assertThat(document.get("paths").has("/Brand/{id}")).isTrue();
        assertThat(document.get("components").get("schemas").has("ProductCreate")).isTrue();
        assertThat(document.get("info").get("description").asText()).contains("modules: core, pim, workshop");
        assertThat(document.at("/components/schemas/WhereCondition/properties/isAttribute/type").asText())
                .isEqualTo("boolean");
        assertThat(document.at("/components/schemas/WhereCondition/properties/isAttribute/description").asText())
                .contains("on lists of Product only");
    }

    @Test
    void theRoutesModulePimAddsUnderProductsAreDescribed() {
        JsonNode document = Documents.tree(TestCatalogs.installed(), Version.OPENAPI_3_0);

        JsonNode upsert = document.at("/paths/~1Product~1{id}~1upsertAttributeValues/post");
        assertThat(upsert.get("operationId").asText()).isEqualTo("postProductItemUpsertAttributeValues");
        assertThat(upsert.get("summary").asText()).contains("added by module pim");
        assertThat(upsert.at("/responses/200/content/application~1json").isObject()).isTrue();
        assertThat(document.at("/paths/~1Product~1{id}~1upsertAttributeValues/parameters/0/name").asText())
                .isEqualTo("id");
        JsonNode delete = document.at("/paths/~1Product~1{id}~1attributeValues/delete");
        assertThat(delete.get("operationId").asText()).isEqualTo("deleteProductItemAttributeValues");
        assertThat(delete.has("requestBody")).isFalse();
    }

    @Test
    void withoutModulePimNoneOfItIsLeft() {
        JsonNode document = Documents.tree(TestCatalogs.withoutPim(), Version.OPENAPI_3_0);

        assertThat(document.get("info").get("description").asText()).contains("modules: core, workshop");
        assertThat(document.get("paths").fieldNames()).toIterable()
                .contains("/User", "/Supplier", "/Supplier/{id}", "/Gadget", "/Gadget/{id}");
        assertThat(document.get("components").get("schemas").fieldNames()).toIterable()
                .contains("Error", "FieldError", "Supplier", "SupplierCreate", "SupplierUpdate", "ListOfSupplier",
                        "Gadget", "GadgetCreate", "GadgetUpdate", "ListOfGadget");
        assertThat(document.get("tags").findValuesAsText("name")).contains("User", "Supplier", "Gadget");
        assertThat(document.toString()).doesNotContain("Product").doesNotContain("Brand").doesNotContain("isAttribute");
    }
}
