package dev.atrium.application.port.in;

import java.util.Map;
import java.util.Objects;

import dev.atrium.domain.security.Principal;

/**
 * @param attributes the values as the client sent them (plain JSON types), validated by the service
 */
public record CreateRecordCommand(Principal caller, String entity, Map<String, ?> attributes) {

    public CreateRecordCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(attributes, "attributes");
    }
}
