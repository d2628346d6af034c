package dev.atrium.adapter.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import dev.atrium.application.port.out.ConcurrentWriteException;
import dev.atrium.application.port.out.DuplicateKeyException;
import dev.atrium.domain.record.FieldError;

/**
 * A write that a concurrent one beat, where no use case turned it into its own answer yet: never a 500.
 * The write pipeline retries such writes and names the field; these mappers are the backstop.
 */
final class WriteConflictMappers {

    private WriteConflictMappers() {
    }

    /** A unique value taken at the same moment: 400 {@code notUnique}. */
    @Provider
    public static final class DuplicateKey implements ExceptionMapper<DuplicateKeyException> {
        @Override
        public Response toResponse(DuplicateKeyException exception) {
            String reason = "A unique value was taken by another request at the same moment.";
            return ErrorResponses.of(400, reason, List.of(new FieldError(null, "notUnique", reason)));
        }
    }

    /** A deadlock or lock wait that outlasted the retries: 409, to be sent again. */
    @Provider
    public static final class Concurrent implements ExceptionMapper<ConcurrentWriteException> {
        @Override
        public Response toResponse(ConcurrentWriteException exception) {
            return ErrorResponses.of(409, "The records were changed by another request at the same moment; "
                    + "send the request again.", List.of());
        }
    }
}
