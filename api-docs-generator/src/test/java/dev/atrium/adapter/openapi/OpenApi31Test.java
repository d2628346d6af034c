package dev.atrium.adapter.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.application.port.out.ApiDocumentFormat.Version;

/** OpenAPI 3.1 speaks JSON Schema 2020-12: a value that may be null has "null" among its types. */
class OpenApi31Test {

    private final JsonNode document = Documents.tree(TestCatalogs.workshop(), Version.OPENAPI_3_1);
    private final JsonNode gadget = document.get("components").get("schemas").get("Gadget").get("properties");

    @Test
    void nullableBecomesATypeUnion() {
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(gadget.get("stock").get("type").toString()).isEqualTo("[\"integer\",\"null\"]");
        assertThat(gadget.get("serial").get("type").toString()).isEqualTo("\"string\"");
        assertThat(gadget.get("colour").get("enum").toString()).endsWith(",null]");
        assertThat(document.findValues("nullable")).isEmpty();
    }

    @Test
    void everythingElseIsTheSameAsIn30() {
        JsonNode document30 = Documents.tree(TestCatalogs.workshop(), Version.OPENAPI_3_0);

        assertThat(document.get("paths")).isEqualTo(document30.get("paths"));
        assertThat(gadget.get("stock").get("maximum")).isEqualTo(document30.get("components").get("schemas")
                .get("Gadget").get("properties").get("stock").get("maximum"));
    }
}
