package dev.atrium.adapter.openapi;

import static dev.atrium.adapter.openapi.Operations.answers;
import static dev.atrium.adapter.openapi.Operations.body;
import static dev.atrium.adapter.openapi.Operations.ok;
import static dev.atrium.adapter.openapi.Operations.operation;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.QueryParameter;

import dev.atrium.adapter.openapi.ErrorAnswers.Status;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.LinkType;

/**
 * The relationship routes, one path per link so that each answers its target's typed list:
 * {@code GET /{E}/{id}/{link}} lists the linked records; {@code POST} and {@code DELETE} link and
 * unlink the records of a to-many link. Operation ids are AtroCore's with the link's name appended,
 * since each must be unique ({@code getLinkedItemsForProductItemCategories}, {@code linkProductCategories}).
 */
final class LinkOperations {

    static final String LINK_IDS = "LinkIds";

    private final SchemaFactory schemas;
    private final ListParameters listParameters;

    LinkOperations(SchemaFactory schemas, OpenApiSettings settings) {
        this.schemas = schemas;
        this.listParameters = new ListParameters(schemas, settings);
    }

    void addSchemasTo(Components components) {
        Schema<Object> ids = schemas.typed("object", false);
        ids.setDescription("The records to link or unlink: one id, or several ids.");
        ids.addProperty("id", schemas.typed("string", false));
        Schema<Object> many = schemas.typed("array", false);
        many.setItems(schemas.typed("string", false));
        ids.addProperty("ids", many);
        components.addSchemas(LINK_IDS, ids);
    }

    void addTo(Paths paths, Catalog catalog, EntityDefinition entity, EntityOperations records, CallerView caller) {
        for (LinkDefinition link : entity.links().values()) {
            EntityDefinition target = catalog.find(link.entity()).orElse(null);
            if (target == null || !caller.canRead(entity) || !caller.canRead(entity, link.name())) {
                continue;
            }
            String suffix = Character.toUpperCase(link.name().charAt(0)) + link.name().substring(1);
            PathItem item = new PathItem().addParametersItem(records.idParameter());
            if (caller.canRead(target)) {
                Operation list = operation(entity.name(), "getLinkedItemsFor" + entity.name() + "Item" + suffix,
                        "List the " + target.name() + " records linked to a " + entity.name() + " by " + link.name())
                        .responses(answers(ok("A page of linked records.", schemas.ref(EntitySchemas.listName(target))),
                                Status.BAD_REQUEST, Status.UNAUTHORIZED, Status.FORBIDDEN, Status.NOT_FOUND));
                listParameters.of(target, caller).forEach(list::addParametersItem);
                item.get(list);
            }
            if (link.type() == LinkType.HAS_MANY && caller.canEdit(entity) && caller.canEdit(entity, link.name())) {
                item.post(change(entity, "link" + entity.name() + suffix, "Link " + target.name() + " records to a "
                        + entity.name() + " by " + link.name()));
                item.delete(change(entity, "unlink" + entity.name() + suffix, "Unlink " + target.name()
                        + " records from a " + entity.name() + " (" + link.name() + "); the ids come in the body or "
                        + "as ?ids=a,b")
                        .addParametersItem(new QueryParameter().name("ids").schema(schemas.typed("string", false))
                                .description("A comma list of the ids to unlink, instead of a body.")));
            }
            if (!item.readOperations().isEmpty()) {
                paths.addPathItem("/" + entity.name() + "/{id}/" + link.name(), item);
            }
        }
    }

    private Operation change(EntityDefinition entity, String operationId, String summary) {
        Operation change = operation(entity.name(), operationId, summary)
                .requestBody(body(schemas.ref(LINK_IDS)))
                .responses(answers(ok("Done: always true.", schemas.typed("boolean", false)),
                        Status.BAD_REQUEST, Status.UNAUTHORIZED, Status.FORBIDDEN, Status.NOT_FOUND,
                        Status.PAYLOAD_TOO_LARGE, Status.UNSUPPORTED_MEDIA_TYPE));
        return operationId.startsWith("unlink") ? change.requestBody(change.getRequestBody().required(false)) : change;
    }
}
