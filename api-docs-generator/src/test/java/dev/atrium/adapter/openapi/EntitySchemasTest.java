package dev.atrium.adapter.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.application.port.out.ApiDocumentFormat.Version;

/** Each entity's schemas are typed from its definition: what a read answers, what a create needs, what an update may carry. */
class EntitySchemasTest {

    private final JsonNode schemas = Documents.tree(TestCatalogs.workshop(), Version.OPENAPI_3_0)
            .get("components").get("schemas");

    @Test
    void aReadRecordHasEveryStoredAttributeInOrderAndTheLinkedNameAfterTheLinkId() {
        JsonNode gadget = schemas.get("Gadget");

        assertThat(gadget.get("properties").fieldNames()).toIterable().containsExactly("id", "name", "serial", "notes",
                "available", "stock", "weight", "colour", "size", "tags", "parts", "releasedOn", "checkedAt", "contact",
                "homepage", "specs", "rating", "supplierId", "supplierName", "description", "deleted", "createdAt",
                "modifiedAt", "createdById", "modifiedById");
        assertThat(Documents.texts(gadget.get("required"))).hasSize(25);
        assertThat(gadget.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schemas.get("Supplier").get("properties").has("gadgets")).as("to-many links come later").isFalse();
    }

    @Test
    void systemComputedAndReadOnlyAttributesAreReadOnly() {
        JsonNode properties = schemas.get("Gadget").get("properties");

        for (String attribute : List.of("id", "deleted", "createdAt", "modifiedAt", "createdById", "supplierName", "rating")) {
            assertThat(properties.get(attribute).path("readOnly").asBoolean()).as(attribute).isTrue();
        }
        assertThat(properties.get("serial").has("readOnly")).isFalse();
        assertThat(properties.get("id").has("nullable")).isFalse();
        assertThat(properties.get("createdById").get("nullable").asBoolean()).isTrue();
    }

    @Test
    void fieldTypesBecomeTypesFormatsAndLimits() {
        JsonNode properties = schemas.get("Gadget").get("properties");

        assertThat(properties.get("serial").toString()).isEqualTo(
                "{\"maxLength\":32,\"pattern\":\"^(?:[A-Z0-9-]+)$\",\"type\":\"string\"}");
        assertThat(properties.get("stock").toString()).isEqualTo(
                "{\"maximum\":10000,\"minimum\":0,\"type\":\"integer\",\"format\":\"int64\",\"nullable\":true}");
        assertThat(properties.get("weight").get("minimum").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(properties.get("weight").get("format").asText()).isEqualTo("double");
        assertThat(properties.get("releasedOn").get("format").asText()).isEqualTo("date");
        assertThat(properties.get("contact").get("format").asText()).isEqualTo("email");
        assertThat(properties.get("homepage").get("format").asText()).isEqualTo("uri");
        assertThat(properties.get("specs").get("type").asText()).isEqualTo("object");
        assertThat(properties.get("parts").get("items").isEmpty()).as("any items").isTrue();
        assertThat(Documents.texts(properties.get("tags").get("items").get("enum"))).containsExactly("new", "sale");
    }

    @Test
    void dateTimesArePatternsBecauseAtriumWritesThemWithASpace() {
        JsonNode read = schemas.get("Gadget").get("properties").get("checkedAt");
        JsonNode write = schemas.get("GadgetCreate").get("properties").get("checkedAt");

        assertThat(read.has("format")).isFalse();
        assertThat("2026-11-28 17:59:38").matches(read.get("pattern").asText());
        assertThat("2026-11-28T17:59:38Z").doesNotMatch(read.get("pattern").asText());
        assertThat(List.of("2026-11-28 17:59:38", "2026-11-28T17:59:38+02:00", "2026-11-28T17:59Z"))
                .allMatch(value -> value.matches(write.get("pattern").asText()));
        assertThat(read.get("description").asText()).contains("YYYY-MM-DD HH:MM:SS");
    }

    @Test
    void anEnumListsItsOptionsAndTheEmptyAndNullValuesItAccepts() {
        JsonNode properties = schemas.get("Gadget").get("properties");

        assertThat(properties.get("colour").get("enum").toString()).isEqualTo("[\"red\",\"green\",\"blue\",\"\",null]");
        assertThat(properties.get("size").get("enum").toString()).as("required").isEqualTo("[\"S\",\"M\",\"L\"]");
    }

    @Test
    void createNamesTheRequiredFieldsTheDefaultsAndTheClientId() {
        JsonNode create = schemas.get("GadgetCreate");

        assertThat(Documents.texts(create.get("required"))).containsExactlyInAnyOrder("serial", "size");
        assertThat(create.get("properties").fieldNames()).toIterable().startsWith("id", "name", "serial")
                .contains("supplierId").doesNotContain("supplierName", "rating", "createdAt", "deleted");
        assertThat(create.get("properties").get("id").get("pattern").asText()).isEqualTo("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$");
        assertThat(create.get("properties").get("colour").get("default").asText()).isEqualTo("red");
        assertThat(create.get("properties").get("available").get("default").asBoolean()).isTrue();
        assertThat(create.get("properties").get("serial").get("minLength").asInt()).isEqualTo(1);
    }

    @Test
    void updateRequiresNothingAndCannotChooseTheId() {
        JsonNode update = schemas.get("GadgetUpdate");

        assertThat(update.has("required")).isFalse();
        assertThat(update.get("properties").has("id")).isFalse();
        assertThat(update.get("properties").get("colour").has("default")).isFalse();
        assertThat(update.get("properties").get("serial").get("minLength").asInt()).as("may not be emptied").isEqualTo(1);
    }

    @Test
    void aListHasTheTotalAPageOfRecordsAndTheNextCursorEachLeftOutOnRequest() {
        JsonNode list = schemas.get("ListOfGadget");

        assertThat(list.get("properties").fieldNames()).toIterable().containsExactly("total", "list", "next");
        assertThat(list.has("required")).as("collectionOnly, totalOnly and count=none leave parts out").isFalse();
        assertThat(list.get("properties").get("list").get("items").get("$ref").asText())
                .isEqualTo("#/components/schemas/GadgetListItem");
        JsonNode item = schemas.get("GadgetListItem");
        assertThat(Documents.texts(item.get("required"))).as("select trims the rest").containsExactly("id");
        assertThat(item.get("properties").fieldNames()).toIterable()
                .containsExactlyElementsOf(() -> schemas.get("Gadget").get("properties").fieldNames());
        assertThat(list.get("properties").get("next").get("description").asText()).contains("more records follow");
    }

    @Test
    void errorsHaveTheirOwnSchema() {
        assertThat(Documents.texts(schemas.get("Error").get("required"))).containsExactlyInAnyOrder("status", "reason");
        assertThat(schemas.get("Error").get("properties").get("errors").get("items").get("$ref").asText())
                .isEqualTo("#/components/schemas/FieldError");
        assertThat(schemas.get("FieldError").get("properties").get("field").get("nullable").asBoolean()).isTrue();
    }
}
