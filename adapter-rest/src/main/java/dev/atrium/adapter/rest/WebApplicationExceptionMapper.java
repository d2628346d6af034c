package dev.atrium.adapter.rest;

import java.util.List;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers Jersey's own failures (no route, wrong method, wrong media type) in the same JSON shape.
 * A wrong method is 400, as AtroCore answers it.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception instanceof NotFoundException) {
            return ErrorResponses.of(404, "No such route.", List.of());
        }
        if (exception instanceof NotAllowedException) {
            return ErrorResponses.of(400, "This method is not allowed on this route.", List.of());
        }
        if (exception instanceof NotSupportedException) {
            return ErrorResponses.of(415, "The request body must be sent as Content-Type: application/json.", List.of());
        }
        Response original = exception.getResponse();
        int status = original.getStatus();
        return ErrorResponses.of(status, original.getStatusInfo().getReasonPhrase(), List.of());
    }
}
