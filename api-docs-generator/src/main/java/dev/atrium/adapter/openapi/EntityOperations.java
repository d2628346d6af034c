package dev.atrium.adapter.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import dev.atrium.adapter.openapi.ErrorAnswers.Status;
import dev.atrium.domain.metadata.EntityDefinition;

/**
 * The record routes of one entity that Atrium serves today, with AtroCore's operation ids: list and
 * create on {@code /{E}}; read, update (PUT and PATCH, both partial) and delete on {@code /{E}/{id}}.
 */
final class EntityOperations {

    private static final String JSON = "application/json";

    private final SchemaFactory schemas;
    private final ListParameters listParameters;

    EntityOperations(SchemaFactory schemas, OpenApiSettings settings) {
        this.schemas = schemas;
        this.listParameters = new ListParameters(schemas, settings);
    }

    void addTo(Paths paths, EntityDefinition entity) {
        String name = entity.name();
        Operation list = operation(entity, "getListOf" + name + "Items", "List " + name + " records")
                .responses(answers(ok("A page of records.", schemas.ref(EntitySchemas.listName(entity))),
                        Status.BAD_REQUEST));
        listParameters.of(entity).forEach(list::addParametersItem);
        Operation create = operation(entity, "create" + name + "Item", "Create a " + name)
                .requestBody(body(EntitySchemas.createName(entity)))
                .responses(answers(ok("The record as stored.", schemas.ref(EntitySchemas.recordName(entity))),
                        Status.BAD_REQUEST, Status.CONFLICT, Status.PAYLOAD_TOO_LARGE, Status.UNSUPPORTED_MEDIA_TYPE));
        paths.addPathItem("/" + name, new PathItem().get(list).post(create));

        Operation read = operation(entity, "get" + name + "Item", "Read a " + name)
                .responses(answers(ok("The record.", schemas.ref(EntitySchemas.recordName(entity))), Status.NOT_FOUND));
        Operation delete = operation(entity, "delete" + name + "Item", "Delete a " + name)
                .addParametersItem(new HeaderParameter().name("Permanently").schema(schemas.typed("boolean", false))
                        .description("true removes the row; otherwise the record is marked deleted and leaves the API."))
                .responses(answers(ok("Deleted: always true.", schemas.typed("boolean", false)), Status.NOT_FOUND));
        paths.addPathItem("/" + name + "/{id}", new PathItem()
                .addParametersItem(new PathParameter().name("id").description("The record's id.")
                        .schema(schemas.typed("string", false)))
                .get(read)
                .put(update(entity, "update" + name + "Item", "Update a " + name))
                .patch(update(entity, "patch" + name + "Item", "Update a " + name + " (PATCH, the same as PUT)"))
                .delete(delete));
    }

    /** PUT and PATCH both change only the attributes they carry; an update that changes nothing answers 304. */
    private Operation update(EntityDefinition entity, String operationId, String summary) {
        ApiResponses answers = new ApiResponses()
                .addApiResponse("200", ok("The record as stored after the change.",
                        schemas.ref(EntitySchemas.recordName(entity))))
                .addApiResponse("304", new ApiResponse().description("Nothing changed; the answer has no body."));
        return operation(entity, operationId, summary)
                .requestBody(body(EntitySchemas.updateName(entity)))
                .responses(withFailures(answers,
                        Status.BAD_REQUEST, Status.NOT_FOUND, Status.PAYLOAD_TOO_LARGE, Status.UNSUPPORTED_MEDIA_TYPE));
    }

    private static Operation operation(EntityDefinition entity, String operationId, String summary) {
        return new Operation().operationId(operationId).summary(summary).addTagsItem(entity.name());
    }

    private RequestBody body(String schemaName) {
        return new RequestBody().required(true).content(json(schemas.ref(schemaName)));
    }

    private static ApiResponse ok(String description, Schema<Object> schema) {
        return new ApiResponse().description(description).content(json(schema));
    }

    private static ApiResponses answers(ApiResponse ok, Status... failures) {
        return withFailures(new ApiResponses().addApiResponse("200", ok), failures);
    }

    private static ApiResponses withFailures(ApiResponses answers, Status... failures) {
        for (Status failure : failures) {
            answers.addApiResponse(failure.code, failure.reference());
        }
        return answers;
    }

    private static Content json(Schema<Object> schema) {
        return new Content().addMediaType(JSON, new MediaType().schema(schema));
    }
}
