package dev.atrium.adapter.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.swagger.v3.parser.OpenAPIV3Parser;

import dev.atrium.application.port.out.ApiDocumentFormat.Notation;
import dev.atrium.application.port.out.ApiDocumentFormat.Version;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.CatalogBuilder;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.EntityType;

class ApiDocumentBuilderTest {

    @Test
    void entityNamesWhoseSchemasWouldCollideAreRefusedRatherThanOverwritten() {
        Catalog catalog = new CatalogBuilder().entity(entity("Gadget")).entity(entity("GadgetCreate")).build(1);

        assertThatThrownBy(() -> Documents.render(catalog, Version.OPENAPI_3_0, Notation.JSON))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'GadgetCreate'");
    }

    @Test
    void anEmptyCatalogStillGivesAValidDocumentWithLoginAndJobsButNoUpsert() {
        String document = Documents.render(new CatalogBuilder().build(1), Version.OPENAPI_3_0, Notation.JSON);

        assertThat(new OpenAPIV3Parser().readContents(document, null, null).getMessages()).isEmpty();
        assertThat(document).contains("\"/App/user\"", "\"/Job/{id}\"", "\"Error\"")
                .doesNotContain("/MassActions/action/upsert", "UpsertItem");
    }

    @Test
    void theBuildWritesItsVersionForInfo() {
        assertThat(OpenApiSettings.forThisBuild(200, 1000).apiVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    private static EntityDefinition entity(String name) {
        return new EntityDefinition(name, EntityType.BASE, Map.of(), Map.of(), List.of(), null, true, "test");
    }
}
