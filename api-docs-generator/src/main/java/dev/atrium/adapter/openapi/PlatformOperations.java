package dev.atrium.adapter.openapi;

import static dev.atrium.adapter.openapi.Operations.answers;
import static dev.atrium.adapter.openapi.Operations.body;
import static dev.atrium.adapter.openapi.Operations.json;
import static dev.atrium.adapter.openapi.Operations.ok;
import static dev.atrium.adapter.openapi.Operations.operation;

import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;

import dev.atrium.adapter.openapi.ErrorAnswers.Status;

/** The routes outside any one entity: login and logout, metadata, labels, bulk upsert, and queued jobs. */
final class PlatformOperations {

    static final String APP = "App";
    static final String MASS_ACTIONS = "MassActions";
    static final String JOB = "Job";
    static final String METADATA = "Metadata";
    static final String I18N = "I18n";
    private static final String NDJSON = "application/x-ndjson";

    private final SchemaFactory schemas;

    PlatformOperations(SchemaFactory schemas) {
        this.schemas = schemas;
    }

    void addTo(Paths paths, boolean upsert) {
        paths.addPathItem("/App/user", new PathItem().get(login()));
        paths.addPathItem("/App/action/destroyAuthToken", new PathItem().post(
                operation(APP, "destroyAuthToken", "Log out: end a token")
                        .requestBody(body(schemas.ref(PlatformSchemas.DESTROY_TOKEN)))
                        .responses(answers(ok("Ended: always true.", schemas.typed("boolean", false)),
                                Status.BAD_REQUEST, Status.UNAUTHORIZED, Status.NOT_FOUND,
                                Status.UNSUPPORTED_MEDIA_TYPE))));
        paths.addPathItem("/Metadata", new PathItem().get(
                operation(METADATA, "getMetadata", "The entity definitions the caller may see")
                        .responses(answers(ok("Entity definitions, scopes and field types.",
                                schemas.ref(MetadataSchemas.METADATA)), Status.UNAUTHORIZED))));
        paths.addPathItem("/I18n", new PathItem().get(labels()));
        if (upsert) {
            paths.addPathItem("/MassActions/action/upsert", new PathItem().post(upsert()));
        }
        paths.addPathItem("/Job/{id}", new PathItem()
                .addParametersItem(new PathParameter().name("id").schema(schemas.typed("string", false))
                        .description("The jobId a queued request answered."))
                .get(operation(JOB, "getJobItem", "How a queued job stands, with its results when done")
                        .responses(answers(ok("The job.", schemas.ref(PlatformSchemas.JOB)),
                                Status.UNAUTHORIZED, Status.NOT_FOUND))));
    }

    /** The login takes Basic userName:password; with a token it answers the same for the token's user. */
    private Operation login() {
        return operation(APP, "getAppUser", "Log in (Basic) and get a token, or describe the token's user")
                .security(List.of(SecuritySchemes.basic(), SecuritySchemes.token()))
                .addParametersItem(header("Authorization-Token-Only", schemas.typed("boolean", false),
                        "true answers only authorizationToken."))
                .addParametersItem(header("Authorization-Token-Lifetime", hours(),
                        "Hours the new token lives (0: no limit); otherwise the configured lifetime."))
                .addParametersItem(header("Authorization-Token-Idletime", hours(),
                        "Hours the new token may stay unused (0: no limit); otherwise the configured idle time."))
                .responses(answers(ok("The user, their access and the token.", schemas.ref(PlatformSchemas.LOGIN)),
                        Status.BAD_REQUEST, Status.UNAUTHORIZED, Status.FORBIDDEN));
    }

    /** Open to anyone, as AtroCore's login page reads it before anybody has logged in. */
    private Operation labels() {
        Schema<Object> language = schemas.typed("string", false);
        language.setDescription("A language of this instance, e.g. de_DE; en_US when none is given.");
        return operation(I18N, "getI18n", "The labels of entities, fields, links and options in one language")
                .security(List.of())
                .addParametersItem(new QueryParameter().name("locale").schema(language))
                .addParametersItem(header("language", schemas.typed("string", false),
                        "The language when no locale is given, as for records."))
                .responses(answers(ok("By entity: fields, links and options; under Global: scopeNames, "
                        + "scopeNamesPlural and the system fields.", schemas.ref(MetadataSchemas.I18N)),
                        Status.BAD_REQUEST));
    }

    private Operation upsert() {
        Schema<Object> items = schemas.typed("array", false);
        items.setItems(schemas.ref(PlatformSchemas.UPSERT_ITEM));
        Schema<Object> answer = schemas.ref(PlatformSchemas.UPSERT_ANSWER);
        ApiResponse ok = new ApiResponse()
                .description("One result per item, in order, even if every item failed; with Use-Queue: true the "
                        + "queued job's id. NDJSON answers one UpsertResult per line, streamed.")
                .content(json(answer).addMediaType(NDJSON, new MediaType().schema(schemas.ref(PlatformSchemas.UPSERT_RESULT))))
                .addHeaderObject("Idempotent-Replayed", new Header().schema(schemas.typed("boolean", false))
                        .description("true when the answer is the stored one of an earlier request with this key."));
        return operation(MASS_ACTIONS, "upsert", "Create or update records of any entities in one request")
                .requestBody(new RequestBody().required(true).content(json(items)
                        .addMediaType(NDJSON, new MediaType().schema(schemas.ref(PlatformSchemas.UPSERT_ITEM)))))
                .addParametersItem(new QueryParameter().name("dryRun").schema(schemas.typed("boolean", false))
                        .description("true matches and validates only: the same statuses, stored false, nothing written."))
                .addParametersItem(header("Use-Queue", schemas.typed("boolean", false),
                        "true stores the request as a job and answers its id at once (JSON only)."))
                .addParametersItem(header("Idempotency-Key", schemas.typed("string", false),
                        "A repeat with the same key and body within 24 hours gets the first answer again "
                                + "(JSON only); the same key with another body is a 409."))
                .responses(answers(ok, Status.BAD_REQUEST, Status.UNAUTHORIZED, Status.CONFLICT,
                        Status.PAYLOAD_TOO_LARGE, Status.UNSUPPORTED_MEDIA_TYPE));
    }

    private Schema<Object> hours() {
        Schema<Object> hours = schemas.typed("integer", false);
        hours.setFormat("int32");
        hours.setMinimum(java.math.BigDecimal.ZERO);
        return hours;
    }

    private static HeaderParameter header(String name, Schema<Object> schema, String description) {
        return (HeaderParameter) new HeaderParameter().name(name).schema(schema).description(description);
    }
}
