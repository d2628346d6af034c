package dev.atrium.adapter.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.application.port.out.ApiDocumentFormat.Version;
import dev.atrium.application.service.CatalogAssembler;
import dev.atrium.application.service.ModuleLoader;
import dev.atrium.domain.metadata.Catalog;

/** Multilingual fields get a companion per configured language, and reads take the language header. */
class MultilingualDocumentTest {

    private final Catalog catalog = CatalogAssembler.assembleAll(
            ModuleLoader.discover(getClass().getClassLoader()), 1, List.of("de_DE", "uk_UA")).catalog();
    private final JsonNode document = Documents.tree(catalog, Version.OPENAPI_3_0);

    @Test
    void companionsAreDescribedInReadsAndWrites() {
        JsonNode product = document.get("components").get("schemas").get("Product").get("properties");
        JsonNode create = document.get("components").get("schemas").get("ProductCreate").get("properties");

        assertThat(product.has("nameDeDe")).isTrue();
        assertThat(product.get("nameUkUa").get("description").asText()).isEqualTo("The uk_UA value of multilingual name.");
        assertThat(create.has("nameDeDe")).isTrue();
    }

    @Test
    void listsAndReadsTakeTheLanguageHeader() {
        JsonNode list = document.get("paths").get("/Product").get("get");
        JsonNode read = document.get("paths").get("/Product/{id}").get("get");

        for (JsonNode operation : List.of(list, read)) {
            JsonNode language = operation.get("parameters").get(operation.get("parameters").size() - 1);
            assertThat(language.get("name").asText()).isEqualTo("language");
            assertThat(language.get("in").asText()).isEqualTo("header");
            assertThat(Documents.texts(language.get("schema").get("enum"))).containsExactly("de_DE", "uk_UA");
        }
        assertThat(read.get("responses").has("400")).as("an unknown language").isTrue();
    }
}
