package dev.atrium.adapter.openapi;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The error answers every route shares: the {@code Error} body, the {@code X-Status-Reason} header that
 * AtroCore clients read, and one reusable response per status that Atrium answers.
 */
final class ErrorAnswers {

    static final String ERROR = "Error";
    static final String FIELD_ERROR = "FieldError";
    /** Every code the platform and the modules shipped in the WAR put in a FieldError; a test checks it against the code. */
    static final List<String> FIELD_ERROR_CODES = List.of("required", "maxLength", "pattern", "options", "min", "max",
            "type", "characters", "date", "datetime", "email", "url", "notUnique", "notFound", "unknownField", "invalid",
            "invalidCondition", "unsortable", "unsupported", "conflict", "checksum", "cycle", "attributeType",
            "notMultilang", "requiredAttributes");

    /** A status with the name of its reusable response and what causes it. */
    enum Status {
        BAD_REQUEST("400", "BadRequest", "Malformed JSON, a value that breaks a field's rules (required, maxLength, "
                + "pattern, options, min/max, format), a unique value taken (notUnique), a link to a missing record, "
                + "an unknown attribute, or bad list parameters."),
        UNAUTHORIZED("401", "Unauthorized", "No credentials, or bad ones: an unknown, expired, idle or destroyed token, "
                + "an inactive user, or a password anywhere but App/user."),
        FORBIDDEN("403", "Forbidden", "The caller's roles do not allow this action, or filtering or sorting by a field "
                + "they hide; on App/user also too many failed logins."),
        NOT_FOUND("404", "NotFound", "No such record (or link, job or token), or it was deleted."),
        CONFLICT("409", "Conflict", "A record with this id exists already, an update's '_prev' no longer matches what "
                + "is stored (the errors name the fields changed meanwhile), another request changed the same records at "
                + "the same moment, or an Idempotency-Key was used with another body."),
        PRECONDITION_FAILED("412", "PreconditionFailed", "If-Match names a version the record is no longer at: it was "
                + "written since it was read."),
        PAYLOAD_TOO_LARGE("413", "PayloadTooLarge", "The body is larger than this instance accepts."),
        UNSUPPORTED_MEDIA_TYPE("415", "UnsupportedMediaType", "The body is not sent as Content-Type: application/json."),
        SERVICE_UNAVAILABLE("503", "ServiceUnavailable", "The database cannot be reached; try again later. A write "
                + "answered 503 while committing may have been stored.");

        final String code;
        final String responseName;
        final String description;

        Status(String code, String responseName, String description) {
            this.code = code;
            this.responseName = responseName;
            this.description = description;
        }

        ApiResponse reference() {
            return new ApiResponse().$ref("#/components/responses/" + responseName);
        }
    }

    private final SchemaFactory schemas;

    ErrorAnswers(SchemaFactory schemas) {
        this.schemas = schemas;
    }

    void addTo(Components components) {
        components.addSchemas(ERROR, error());
        components.addSchemas(FIELD_ERROR, fieldError());
        Header reason = new Header().description("The reason, as in the body's 'reason' (visible ASCII only).")
                .schema(schemas.typed("string", false));
        for (Status status : Status.values()) {
            components.addResponses(status.responseName, new ApiResponse().description(status.description)
                    .addHeaderObject("X-Status-Reason", reason)
                    .content(new Content().addMediaType("application/json",
                            new MediaType().schema(schemas.ref(ERROR)))));
        }
    }

    private Schema<Object> error() {
        Schema<Object> error = schemas.typed("object", false);
        error.setDescription("Why a request failed.");
        error.addProperty("status", described(schemas.typed("integer", false), "The HTTP status."));
        error.addProperty("reason", described(schemas.typed("string", false), "What went wrong, for people."));
        Schema<Object> errors = schemas.typed("array", false);
        errors.setItems(schemas.ref(FIELD_ERROR));
        errors.setDescription("One entry per problem, when the request broke field rules.");
        error.addProperty("errors", errors);
        error.setRequired(List.of("status", "reason"));
        return error;
    }

    private Schema<Object> fieldError() {
        Schema<Object> fieldError = schemas.typed("object", false);
        fieldError.addProperty("field", described(schemas.typed("string", true),
                "The attribute at fault; null when the problem is not one attribute's."));
        fieldError.addProperty("code", described(schemas.typed("string", false),
                "The broken rule, one of: " + String.join(", ", FIELD_ERROR_CODES) + ". The PIM's: checksum (an EAN's "
                        + "check digit), cycle (a category above itself), attributeType (a value in another type's "
                        + "column), notMultilang, requiredAttributes (ready without required attribute values)."));
        fieldError.addProperty("message", described(schemas.typed("string", false), "The problem, for people."));
        fieldError.setRequired(List.of("field", "code", "message"));
        return fieldError;
    }

    private static Schema<Object> described(Schema<Object> schema, String description) {
        schema.setDescription(description);
        return schema;
    }
}
