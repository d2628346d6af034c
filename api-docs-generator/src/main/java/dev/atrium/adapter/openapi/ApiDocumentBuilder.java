package dev.atrium.adapter.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

import dev.atrium.application.port.out.ApiDocumentFormat;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.security.AccessPolicy;

/**
 * Builds swagger-core's model of the API a catalog gets, as one caller sees it: login, logout, metadata,
 * bulk upsert and jobs, then per entity a tag, its routes and its schemas.
 */
final class ApiDocumentBuilder {

    private final OpenApiSettings settings;
    private final SchemaFactory schemas;

    ApiDocumentBuilder(OpenApiSettings settings, ApiDocumentFormat.Version version) {
        this.settings = settings;
        this.schemas = new SchemaFactory(
                version == ApiDocumentFormat.Version.OPENAPI_3_1 ? SpecVersion.V31 : SpecVersion.V30);
    }

    OpenAPI build(Catalog catalog, AccessPolicy access, String serverUrl) {
        CallerView caller = new CallerView(access);
        boolean openApi31 = schemas.version() == SpecVersion.V31;
        List<EntityDefinition> visible = catalog.entities().stream().filter(caller::sees).toList();
        List<String> upsertable = visible.stream()
                .filter(entity -> caller.canCreate(entity) || caller.canEdit(entity)).map(EntityDefinition::name).toList();
        Components components = new Components();
        new ErrorAnswers(schemas).addTo(components);
        SecuritySchemes.addTo(components);
        Conditions.addTo(components, schemas, catalog, visible);
        new PlatformSchemas(schemas).addTo(components, upsertable);
        new MetadataSchemas(schemas).addTo(components);
        MassOperations mass = new MassOperations(schemas);
        mass.addSchemasTo(components);
        LinkOperations links = new LinkOperations(schemas, settings);
        links.addSchemasTo(components);
        OpenAPI document = new OpenAPI(schemas.version())
                .openapi(openApi31 ? "3.1.0" : "3.0.3")
                .info(info(catalog))
                .servers(List.of(new Server().url(serverUrl)))
                .security(new ArrayList<>(List.of(SecuritySchemes.token(), SecuritySchemes.basic())))
                .paths(new Paths())
                .components(components);
        document.addTagsItem(new Tag().name(PlatformOperations.APP).description("Login and logout"));
        document.addTagsItem(new Tag().name(PlatformOperations.METADATA).description("What the caller may see"));
        document.addTagsItem(new Tag().name(PlatformOperations.I18N).description("Labels in the caller's language"));
        document.addTagsItem(new Tag().name(PlatformOperations.MASS_ACTIONS).description("Bulk upsert of any entities"));
        document.addTagsItem(new Tag().name(PlatformOperations.JOB).description("Queued jobs"));
        new PlatformOperations(schemas).addTo(document.getPaths(), !upsertable.isEmpty());
        EntityOperations operations = new EntityOperations(schemas, settings, catalog.languages());
        operations.addHeadersTo(components);
        EntitySchemas entitySchemas = new EntitySchemas(schemas);
        ActionOperations actions = new ActionOperations(schemas);
        for (EntityDefinition entity : visible) {
            document.addTagsItem(new Tag().name(entity.name()).description(entity.name() + " records"));
            operations.addTo(document.getPaths(), entity, caller);
            links.addTo(document.getPaths(), catalog, entity, operations, caller);
            actions.addTo(document.getPaths(), catalog, entity, operations, caller);
            mass.addTo(document.getPaths(), entity, caller);
            Map<String, Schema<Object>> named = entitySchemas.of(entity, caller);
            named.put(EntitySchemas.massUpdateName(entity), mass.updateBody(entity));
            catalog.readExtension(entity).ifPresent(route ->
                    ReadExtensionDocs.addTo(document.getPaths(), named, entity, route, schemas));
            named.forEach((name, schema) -> {
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
                        + String.join(", ", catalog.modules()) + "). Log in with GET /App/user (Basic "
                        + "userName:password) and send the authorizationToken it answers as the "
                        + "Authorization-Token header. Dates are YYYY-MM-DD, date-times YYYY-MM-DD HH:MM:SS in "
                        + "UTC. Every error answers with an Error body and the X-Status-Reason header.");
    }
}
