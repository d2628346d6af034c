package dev.atrium.adapter.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import dev.atrium.application.port.out.ApiDocumentFormat.Notation;
import dev.atrium.application.port.out.ApiDocumentFormat.Version;
import dev.atrium.domain.metadata.Catalog;

/** swagger-parser reads every document Atrium writes without a single error or warning. */
class OpenApiValidityTest {

    static Stream<Arguments> documents() {
        Stream.Builder<Arguments> documents = Stream.builder();
        for (Version version : Version.values()) {
            for (Notation notation : Notation.values()) {
                documents.add(Arguments.of("with module-pim", (Supplier<Catalog>) TestCatalogs::installed, version, notation));
                documents.add(Arguments.of("without module-pim", (Supplier<Catalog>) TestCatalogs::withoutPim, version, notation));
            }
        }
        return documents.build();
    }

    @ParameterizedTest(name = "{0}, {2}, {3}")
    @MethodSource("documents")
    void swaggerParserFindsNothingToComplainAbout(String name, Supplier<Catalog> catalog, Version version, Notation notation) {
        Catalog built = catalog.get();
        String text = Documents.render(built, version, notation);

        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, null);

        assertThat(result.getMessages()).as(text).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo(version == Version.OPENAPI_3_1 ? "3.1.0" : "3.0.3");
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/App/user", "/App/action/destroyAuthToken",
                "/MassActions/action/upsert", "/Job/{id}");
        for (var entity : built.entities()) {
            String entityName = entity.name();
            assertThat(result.getOpenAPI().getPaths()).containsKeys("/" + entityName, "/" + entityName + "/{id}",
                    "/" + entityName + "/action/massUpdate", "/" + entityName + "/action/massDelete");
        }
        // Swagger UI shows a group per tag an operation names; the declared tags must be exactly those
        var declared = result.getOpenAPI().getTags().stream().map(tag -> tag.getName()).toList();
        var used = result.getOpenAPI().getPaths().values().stream().flatMap(item -> item.readOperations().stream())
                .flatMap(operation -> operation.getTags().stream()).distinct().toList();
        assertThat(declared).as("declared tags").containsExactlyInAnyOrderElementsOf(used);
    }
}
