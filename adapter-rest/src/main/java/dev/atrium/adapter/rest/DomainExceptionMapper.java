package dev.atrium.adapter.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import dev.atrium.domain.DomainException;
import dev.atrium.domain.record.FieldError;
import dev.atrium.domain.record.ValidationException;

/** Answers the core's failures with the status their kind stands for. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException exception) {
        List<FieldError> errors = exception instanceof ValidationException validation
                ? validation.errors() : List.of();
        return ErrorResponses.of(status(exception.kind()), exception.getMessage(), errors);
    }

    static int status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case PRECONDITION_FAILED -> 412;
        };
    }
}
