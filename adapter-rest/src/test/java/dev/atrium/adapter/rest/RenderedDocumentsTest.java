package dev.atrium.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.atrium.application.port.out.ApiDocumentFormat;
import dev.atrium.application.port.out.ApiDocumentFormat.Notation;
import dev.atrium.application.port.out.ApiDocumentFormat.Version;
import dev.atrium.application.port.out.ApiDocumentRenderer;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.security.AccessLevel;
import dev.atrium.domain.security.AccessPolicy;
import dev.atrium.domain.security.EntityAccess;

/** A document is rendered once per catalog version, format, server URL and access policy. */
class RenderedDocumentsTest {

    private static final ApiDocumentFormat JSON_30 = new ApiDocumentFormat(Version.OPENAPI_3_0, Notation.JSON);
    private static final ApiDocumentFormat YAML_31 = new ApiDocumentFormat(Version.OPENAPI_3_1, Notation.YAML);
    private static final AccessPolicy ADMIN = AccessPolicy.ADMIN;
    private static final AccessPolicy READER = new AccessPolicy(false, Map.of("Product",
            new EntityAccess(false, AccessLevel.ALL, AccessLevel.NO, AccessLevel.NO, Set.of(), Set.of())));

    private final List<String> rendered = new ArrayList<>();
    private final RenderedDocuments documents = new RenderedDocuments(new ApiDocumentRenderer() {
        @Override
        public String render(Catalog catalog, AccessPolicy access, ApiDocumentFormat format, String serverUrl) {
            String text = "v" + catalog.version() + " " + format.version() + " " + format.notation() + " " + serverUrl
                    + (access.admin() ? " all" : " " + access.entities().keySet());
            rendered.add(text);
            return text;
        }
    });

    @Test
    void theSameCatalogVersionIsServedFromTheCache() {
        Catalog catalog = catalog(1);

        assertThat(documents.get(catalog, ADMIN, JSON_30, "/api/v1")).isEqualTo("v1 OPENAPI_3_0 JSON /api/v1 all");
        assertThat(documents.get(catalog(1), ADMIN, JSON_30, "/api/v1")).isEqualTo("v1 OPENAPI_3_0 JSON /api/v1 all");
        assertThat(rendered).hasSize(1);
    }

    @Test
    void eachFormatServerUrlAndAccessIsRenderedOnItsOwn() {
        documents.get(catalog(1), ADMIN, JSON_30, "/api/v1");
        documents.get(catalog(1), ADMIN, YAML_31, "/api/v1");
        documents.get(catalog(1), ADMIN, JSON_30, "/atrium/api/v1");
        documents.get(catalog(1), READER, JSON_30, "/api/v1");
        documents.get(catalog(1), new AccessPolicy(false, READER.entities()), JSON_30, "/api/v1");

        assertThat(rendered).containsExactly("v1 OPENAPI_3_0 JSON /api/v1 all", "v1 OPENAPI_3_1 YAML /api/v1 all",
                "v1 OPENAPI_3_0 JSON /atrium/api/v1 all", "v1 OPENAPI_3_0 JSON /api/v1 [Product]");
    }

    @Test
    void aNewCatalogVersionRendersAnew() {
        documents.get(catalog(1), READER, JSON_30, "/api/v1");

        assertThat(documents.get(catalog(2), READER, JSON_30, "/api/v1")).isEqualTo("v2 OPENAPI_3_0 JSON /api/v1 [Product]");
        assertThat(rendered).hasSize(2);
    }

    private static Catalog catalog(long version) {
        return new Catalog(version, List.of(), List.of());
    }
}
