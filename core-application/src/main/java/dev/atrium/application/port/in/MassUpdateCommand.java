package dev.atrium.application.port.in;

import java.util.Map;
import java.util.Objects;

import dev.atrium.domain.DomainException;

/**
 * @param attributes the values to set on every selected record, as the client sent them
 */
public record MassUpdateCommand(MassSelection selection, Map<String, ?> attributes) {

    public MassUpdateCommand {
        Objects.requireNonNull(selection, "selection");
        if (attributes == null || attributes.isEmpty()) {
            throw DomainException.invalid("'attributes' must name at least one value to set.");
        }
    }
}
