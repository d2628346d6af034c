package dev.atrium.application.port.in;

import java.util.Objects;

import dev.atrium.domain.security.Principal;

/**
 * @param permanently remove the row instead of marking it deleted
 */
public record DeleteRecordCommand(Principal caller, String entity, String id, boolean permanently) {

    public DeleteRecordCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
    }
}
