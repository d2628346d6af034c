package dev.atrium.adapter.openapi;

import static dev.atrium.adapter.openapi.Operations.answers;
import static dev.atrium.adapter.openapi.Operations.json;
import static dev.atrium.adapter.openapi.Operations.ok;
import static dev.atrium.adapter.openapi.Operations.operation;

import java.util.Locale;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.RequestBody;

import dev.atrium.adapter.openapi.ErrorAnswers.Status;
import dev.atrium.domain.metadata.ActionRoute;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;

/**
 * The routes modules add under an entity's records, {@code METHOD /{E}/{id}/{name}}: what they take
 * and answer is the module's own, so the document gives their path, method and module, and any JSON
 * as body and answer. An action on a link's name replaces that link route's operation for its method.
 */
final class ActionOperations {

    private final SchemaFactory schemas;

    ActionOperations(SchemaFactory schemas) {
        this.schemas = schemas;
    }

    /**
     * A {@code GET} action is documented for a caller who may read the entity's records, any other for
     * one who may edit them; the action checks the caller's access itself when it runs.
     */
    void addTo(Paths paths, Catalog catalog, EntityDefinition entity, EntityOperations records, CallerView caller) {
        for (ActionRoute route : catalog.actions(entity)) {
            if (route.method().equals("GET") ? !caller.canRead(entity) : !caller.canEdit(entity)) {
                continue;
            }
            String path = "/" + entity.name() + "/{id}/" + route.name();
            PathItem item = paths.computeIfAbsent(path, any -> new PathItem().addParametersItem(records.idParameter()));
            Operation operation = operation(entity.name(), operationId(entity, route), route.method() + " "
                    + route.name() + " of a " + entity.name() + ", added by module " + route.module())
                    .description("A route of module '" + route.module() + "': the body and the answer are the "
                            + "module's JSON. It runs with the caller's access, as any other route does.")
                    .responses(answers(ok("The action's answer.", schemas.anyValue()), Status.BAD_REQUEST,
                            Status.UNAUTHORIZED, Status.FORBIDDEN, Status.NOT_FOUND));
            if (!route.method().equals("GET") && !route.method().equals("DELETE")) {
                operation.requestBody(new RequestBody().required(false).content(json(schemas.anyValue())));
            }
            item.operation(PathItem.HttpMethod.valueOf(route.method()), operation);
        }
    }

    private static String operationId(EntityDefinition entity, ActionRoute route) {
        return route.method().toLowerCase(Locale.ROOT) + entity.name() + "Item"
                + Character.toUpperCase(route.name().charAt(0)) + route.name().substring(1);
    }
}
