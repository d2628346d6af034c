package dev.atrium.application.port.in;

import java.util.Map;
import java.util.Objects;

/**
 * @param attributes the values to set, as the client sent them
 */
public record UpdateRecordCommand(String entity, String id, Map<String, ?> attributes) {

    public UpdateRecordCommand {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(attributes, "attributes");
    }
}
