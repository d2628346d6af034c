package dev.atrium.application.port.in;

import java.util.Map;
import java.util.Objects;

import dev.atrium.domain.record.Precondition;
import dev.atrium.domain.security.Principal;

/**
 * @param attributes the values to set, as the client sent them
 * @param precondition the versions the record must be at ({@code If-Match})
 */
public record UpdateRecordCommand(Principal caller, String entity, String id, Map<String, ?> attributes,
        Precondition precondition) {

    public UpdateRecordCommand(Principal caller, String entity, String id, Map<String, ?> attributes) {
        this(caller, entity, id, attributes, Precondition.NONE);
    }

    public UpdateRecordCommand {
        Objects.requireNonNull(precondition, "precondition");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(attributes, "attributes");
    }
}
