package dev.atrium.adapter.openapi;

import static dev.atrium.adapter.openapi.Operations.answers;
import static dev.atrium.adapter.openapi.Operations.body;
import static dev.atrium.adapter.openapi.Operations.ok;
import static dev.atrium.adapter.openapi.Operations.operation;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;

import dev.atrium.adapter.openapi.ErrorAnswers.Status;
import dev.atrium.domain.metadata.EntityDefinition;

/**
 * {@code PUT /{E}/action/massUpdate} and {@code POST /{E}/action/massDelete}: records chosen by ids or,
 * with {@code byWhere}, by conditions; both answer {@code {count, sync, errors}}.
 */
final class MassOperations {

    static final String SELECTION = "MassSelection";
    static final String RESULT = "MassActionResult";

    private final SchemaFactory schemas;

    MassOperations(SchemaFactory schemas) {
        this.schemas = schemas;
    }

    void addSchemasTo(Components components) {
        components.addSchemas(SELECTION, selection("The records a mass action applies to: ids, or where with byWhere."));
        Schema<Object> result = schemas.typed("object", false);
        result.setDescription("How many records the action changed; it runs at once (sync) and fails whole.");
        Schema<Object> count = schemas.typed("integer", false);
        count.setFormat("int64");
        result.addProperty("count", count);
        result.addProperty("sync", schemas.typed("boolean", false));
        Schema<Object> errors = schemas.typed("array", false);
        errors.setItems(schemas.anyValue());
        errors.setDescription("Always empty: a failing mass action answers an error instead.");
        result.addProperty("errors", errors);
        result.setRequired(List.of("count", "sync", "errors"));
        components.addSchemas(RESULT, result);
    }

    /** The body of a mass update: the selection and the attributes to set on each record. */
    Schema<Object> updateBody(EntityDefinition entity) {
        Schema<Object> body = selection("The records to change and the attributes to set on each.");
        body.addProperty("attributes", schemas.ref(EntitySchemas.updateName(entity)));
        body.setRequired(List.of("attributes"));
        return body;
    }

    void addTo(Paths paths, EntityDefinition entity, CallerView caller) {
        String name = entity.name();
        if (caller.canEdit(entity)) {
            paths.addPathItem("/" + name + "/action/massUpdate", new PathItem().put(
                    operation(name, "massUpdate" + name, "Update many " + name + " records at once")
                            .requestBody(body(schemas.ref(EntitySchemas.massUpdateName(entity))))
                            .responses(answers(ok("The records changed.", schemas.ref(RESULT)), failures()))));
        }
        if (caller.canDelete(entity)) {
            paths.addPathItem("/" + name + "/action/massDelete", new PathItem().post(
                    operation(name, "massDelete" + name, "Delete many " + name + " records at once")
                            .requestBody(body(schemas.ref(SELECTION)))
                            .responses(answers(ok("The records deleted.", schemas.ref(RESULT)), failures()))));
        }
    }

    private static Status[] failures() {
        return new Status[] {Status.BAD_REQUEST, Status.UNAUTHORIZED, Status.FORBIDDEN, Status.PAYLOAD_TOO_LARGE,
                Status.UNSUPPORTED_MEDIA_TYPE};
    }

    private Schema<Object> selection(String description) {
        Schema<Object> selection = schemas.typed("object", false);
        selection.setDescription(description);
        Schema<Object> ids = schemas.typed("array", false);
        ids.setItems(schemas.typed("string", false));
        selection.addProperty("ids", ids);
        selection.addProperty("where", Conditions.list(schemas));
        Schema<Object> byWhere = schemas.typed("boolean", false);
        byWhere.setDescription("true: the records matching where, instead of ids.");
        selection.addProperty("byWhere", byWhere);
        return selection;
    }
}
