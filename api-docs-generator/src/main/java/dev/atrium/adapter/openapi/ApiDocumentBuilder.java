package dev.atrium.adapter.openapi;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

import dev.atrium.application.port.out.ApiDocumentFormat;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;

/** Builds swagger-core's model of the API a catalog gets: per entity a tag, its routes and its schemas. */
final class ApiDocumentBuilder {

    private final OpenApiSettings settings;
    private final SchemaFactory schemas;

    ApiDocumentBuilder(OpenApiSettings settings, ApiDocumentFormat.Version version) {
        this.settings = settings;
        this.schemas = new SchemaFactory(
                version == ApiDocumentFormat.Version.OPENAPI_3_1 ? SpecVersion.V31 : SpecVersion.V30);
    }

    OpenAPI build(Catalog catalog, String serverUrl) {
        boolean openApi31 = schemas.version() == SpecVersion.V31;
        Components components = new Components();
        new ErrorAnswers(schemas).addTo(components);
        OpenAPI document = new OpenAPI(schemas.version())
                .openapi(openApi31 ? "3.1.0" : "3.0.3")
                .info(info(catalog))
                .servers(List.of(new Server().url(serverUrl)))
                .paths(new Paths())
                .components(components);
        EntityOperations operations = new EntityOperations(schemas, settings);
        EntitySchemas entitySchemas = new EntitySchemas(schemas);
        for (EntityDefinition entity : catalog.entities()) {
            document.addTagsItem(new Tag().name(entity.name()).description(entity.name() + " records"));
            operations.addTo(document.getPaths(), entity);
            entitySchemas.of(entity).forEach((name, schema) -> {
                if (components.getSchemas().containsKey(name)) {
                    throw new IllegalStateException("Two API schemas would be named '" + name
                            + "'; rename entity '" + entity.name() + "' or the entity it clashes with.");
                }
                components.addSchemas(name, schema);
            });
        }
        return document;
    }

    private Info info(Catalog catalog) {
        return new Info().title("Atrium").version(settings.apiVersion()).description(
                "The API of this Atrium instance, generated from its entity catalog (modules: "
                        + String.join(", ", catalog.modules()) + "). Dates are YYYY-MM-DD, date-times "
                        + "YYYY-MM-DD HH:MM:SS in UTC. Every error answers with an Error body and the "
                        + "X-Status-Reason header.");
    }
}
