package dev.atrium.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.atrium.application.port.out.ApiDocumentFormat;
import dev.atrium.application.port.out.ApiDocumentFormat.Notation;
import dev.atrium.application.port.out.ApiDocumentFormat.Version;
import dev.atrium.domain.metadata.Catalog;

/** A document is rendered once per catalog version, format and server URL. */
class RenderedDocumentsTest {

    private static final ApiDocumentFormat JSON_30 = new ApiDocumentFormat(Version.OPENAPI_3_0, Notation.JSON);
    private static final ApiDocumentFormat YAML_31 = new ApiDocumentFormat(Version.OPENAPI_3_1, Notation.YAML);

    private final List<String> rendered = new ArrayList<>();
    private final RenderedDocuments documents = new RenderedDocuments((catalog, format, serverUrl) -> {
        String text = "v" + catalog.version() + " " + format.version() + " " + format.notation() + " " + serverUrl;
        rendered.add(text);
        return text;
    });

    @Test
    void theSameCatalogVersionIsServedFromTheCache() {
        Catalog catalog = catalog(1);

        assertThat(documents.get(catalog, JSON_30, "/api/v1")).isEqualTo("v1 OPENAPI_3_0 JSON /api/v1");
        assertThat(documents.get(catalog(1), JSON_30, "/api/v1")).isEqualTo("v1 OPENAPI_3_0 JSON /api/v1");
        assertThat(rendered).hasSize(1);
    }

    @Test
    void eachFormatAndServerUrlIsRenderedOnItsOwn() {
        documents.get(catalog(1), JSON_30, "/api/v1");
        documents.get(catalog(1), YAML_31, "/api/v1");
        documents.get(catalog(1), JSON_30, "/atrium/api/v1");

        assertThat(rendered).containsExactly("v1 OPENAPI_3_0 JSON /api/v1", "v1 OPENAPI_3_1 YAML /api/v1",
                "v1 OPENAPI_3_0 JSON /atrium/api/v1");
    }

    @Test
    void aNewCatalogVersionRendersAnew() {
        documents.get(catalog(1), JSON_30, "/api/v1");

        assertThat(documents.get(catalog(2), JSON_30, "/api/v1")).isEqualTo("v2 OPENAPI_3_0 JSON /api/v1");
        assertThat(rendered).hasSize(2);
    }

    private static Catalog catalog(long version) {
        return new Catalog(version, List.of(), List.of());
    }
}
