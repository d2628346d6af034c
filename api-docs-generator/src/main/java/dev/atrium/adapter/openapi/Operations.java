package dev.atrium.adapter.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import dev.atrium.adapter.openapi.ErrorAnswers.Status;

/** The pieces every route family builds its operations from: JSON bodies, answers and failure statuses. */
final class Operations {

    static final String JSON = "application/json";

    private Operations() {
    }

    static Operation operation(String tag, String operationId, String summary) {
        return new Operation().operationId(operationId).summary(summary).addTagsItem(tag);
    }

    static RequestBody body(Schema<Object> schema) {
        return new RequestBody().required(true).content(json(schema));
    }

    static ApiResponse ok(String description, Schema<Object> schema) {
        return new ApiResponse().description(description).content(json(schema));
    }

    /** The 200 answer, then the failures. */
    static ApiResponses answers(ApiResponse ok, Status... failures) {
        return withFailures(new ApiResponses().addApiResponse("200", ok), failures);
    }

    /** The failures given, then 503: every route reads the database, if only to check the caller. */
    static ApiResponses withFailures(ApiResponses answers, Status... failures) {
        for (Status failure : failures) {
            answers.addApiResponse(failure.code, failure.reference());
        }
        answers.addApiResponse(Status.SERVICE_UNAVAILABLE.code, Status.SERVICE_UNAVAILABLE.reference());
        return answers;
    }

    static Content json(Schema<Object> schema) {
        return new Content().addMediaType(JSON, new MediaType().schema(schema));
    }
}
