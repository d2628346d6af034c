package dev.atrium.application.port.in;

import java.util.Map;
import java.util.Objects;

import dev.atrium.domain.security.Principal;

/**
 * @param attributes the values to set, as the client sent them
 */
public record UpdateRecordCommand(Principal caller, String entity, String id, Map<String, ?> attributes) {

    public UpdateRecordCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(attributes, "attributes");
    }
}
