package dev.atrium.adapter.openapi;

import static dev.atrium.adapter.openapi.Operations.answers;
import static dev.atrium.adapter.openapi.Operations.body;
import static dev.atrium.adapter.openapi.Operations.ok;
import static dev.atrium.adapter.openapi.Operations.operation;
import static dev.atrium.adapter.openapi.Operations.withFailures;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import dev.atrium.adapter.openapi.ErrorAnswers.Status;
import dev.atrium.domain.metadata.EntityDefinition;

/**
 * The record routes of one entity, with AtroCore's operation ids: list and create on {@code /{E}};
 * read, update (PUT and PATCH, both partial) and delete on {@code /{E}/{id}}. Only the routes the
 * caller's access opens are described.
 */
final class EntityOperations {

    private static final String ETAG = "ETag";
    private static final String IGNORED_FIELDS = "X-Atrium-Ignored-Fields";

    private final SchemaFactory schemas;
    private final ListParameters listParameters;
    private final List<String> languages;

    EntityOperations(SchemaFactory schemas, OpenApiSettings settings, List<String> languages) {
        this.schemas = schemas;
        this.listParameters = new ListParameters(schemas, settings);
        this.languages = languages;
    }

    void addTo(Paths paths, EntityDefinition entity, CallerView caller) {
        String name = entity.name();
        PathItem collection = new PathItem();
        if (caller.canRead(entity)) {
            Operation list = operation(name, "getListOf" + name + "Items", "List " + name + " records")
                    .responses(answers(ok("A page of records.", schemas.ref(EntitySchemas.listName(entity))),
                            Status.BAD_REQUEST, Status.UNAUTHORIZED, Status.FORBIDDEN));
            listParameters.of(entity, caller).forEach(list::addParametersItem);
            languageHeader().ifPresent(list::addParametersItem);
            collection.get(list);
        }
        if (caller.canCreate(entity)) {
            collection.post(operation(name, "create" + name + "Item", "Create a " + name)
                    .requestBody(body(schemas.ref(EntitySchemas.createName(entity))))
                    .responses(answers(versioned(ok("The record as stored.", schemas.ref(EntitySchemas.recordName(entity)))),
                            Status.BAD_REQUEST, Status.UNAUTHORIZED, Status.FORBIDDEN, Status.CONFLICT,
                            Status.PAYLOAD_TOO_LARGE, Status.UNSUPPORTED_MEDIA_TYPE)));
        }
        if (!collection.readOperations().isEmpty()) {
            paths.addPathItem("/" + name, collection);
        }
        PathItem item = new PathItem().addParametersItem(idParameter());
        if (caller.canRead(entity)) {
            Operation read = operation(name, "get" + name + "Item", "Read a " + name)
                    .responses(answers(versioned(ok("The record.", schemas.ref(EntitySchemas.recordName(entity)))),
                            readFailures()));
            languageHeader().ifPresent(read::addParametersItem);
            item.get(read);
        }
        if (caller.canEdit(entity)) {
            item.put(update(entity, "update" + name + "Item", "Update a " + name))
                    .patch(update(entity, "patch" + name + "Item", "Update a " + name + " (PATCH, the same as PUT)"));
        }
        if (caller.canDelete(entity)) {
            item.delete(operation(name, "delete" + name + "Item", "Delete a " + name)
                    .addParametersItem(new HeaderParameter().name("Permanently").schema(schemas.typed("boolean", false))
                            .description("true removes the row; otherwise the record is marked deleted and leaves the API."))
                    .addParametersItem(ifMatch())
                    .responses(answers(ok("Deleted: always true.", schemas.typed("boolean", false)),
                            Status.UNAUTHORIZED, Status.FORBIDDEN, Status.NOT_FOUND, Status.PRECONDITION_FAILED)));
        }
        if (!item.readOperations().isEmpty()) {
            paths.addPathItem("/" + name + "/{id}", item);
        }
    }

    /** A read fails with 400 only for a language that is not configured. */
    private Status[] readFailures() {
        return languages.isEmpty() ? new Status[] {Status.UNAUTHORIZED, Status.FORBIDDEN, Status.NOT_FOUND}
                : new Status[] {Status.BAD_REQUEST, Status.UNAUTHORIZED, Status.FORBIDDEN, Status.NOT_FOUND};
    }

    Parameter idParameter() {
        return new PathParameter().name("id").description("The record's id.").schema(schemas.typed("string", false));
    }

    /** PUT and PATCH both change only the attributes they carry; an update that changes nothing answers 304. */
    private Operation update(EntityDefinition entity, String operationId, String summary) {
        ApiResponses answers = new ApiResponses()
                .addApiResponse("200", versioned(ok("The record as stored after the change.",
                        schemas.ref(EntitySchemas.recordName(entity)))))
                .addApiResponse("304", versioned(new ApiResponse().description("Nothing changed; the answer has no body.")));
        return operation(entity.name(), operationId, summary)
                .addParametersItem(ifMatch())
                .requestBody(body(schemas.ref(EntitySchemas.updateName(entity))))
                .responses(withFailures(answers, Status.BAD_REQUEST, Status.UNAUTHORIZED, Status.FORBIDDEN,
                        Status.NOT_FOUND, Status.CONFLICT, Status.PRECONDITION_FAILED, Status.PAYLOAD_TOO_LARGE,
                        Status.UNSUPPORTED_MEDIA_TYPE));
    }

    /** A single-record answer carries the record's version as its ETag, and names the input keys it ignored. */
    private static ApiResponse versioned(ApiResponse answer) {
        return answer.addHeaderObject(ETAG, new Header().$ref("#/components/headers/" + ETAG))
                .addHeaderObject(IGNORED_FIELDS, new Header().$ref("#/components/headers/" + IGNORED_FIELDS));
    }

    /** The headers of single-record answers, described once. */
    void addHeadersTo(Components components) {
        components.addHeaders(ETAG, new Header().schema(schemas.typed("string", false))
                .description("The record's version, a strong tag such as \"3\": every write of the record, whatever its "
                        + "path, moves it. Send it back as If-Match to write only what you read."));
        components.addHeaders(IGNORED_FIELDS, new Header().schema(schemas.typed("string", false))
                .description("The body's keys that name no field of the entity, ignored as AtroCore ignores them "
                        + "(comma-separated); absent when there were none. ATRIUM_STRICT_INPUT=true refuses them with "
                        + "400 instead."));
    }

    private Parameter ifMatch() {
        return new HeaderParameter().name("If-Match").schema(schemas.typed("string", false))
                .description("Write only if the record is still at this version (the ETag of a read, e.g. \"3\"), "
                        + "or any of a comma-separated list; otherwise 412. A weak tag never matches.");
    }

    /** The {@code language} header, where the catalog has input languages for multilingual fields. */
    private Optional<Parameter> languageHeader() {
        if (languages.isEmpty()) {
            return Optional.empty();
        }
        Schema<Object> language = schemas.typed("string", false);
        language.setEnum(List.copyOf(languages));
        return Optional.of(new HeaderParameter().name("language").schema(language)
                .description("Answer each multilingual field with the value of this language's companion."));
    }
}
