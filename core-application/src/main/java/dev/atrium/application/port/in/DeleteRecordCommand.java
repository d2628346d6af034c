package dev.atrium.application.port.in;

import java.util.Objects;

/**
 * @param permanently remove the row instead of marking it deleted
 */
public record DeleteRecordCommand(String entity, String id, boolean permanently) {

    public DeleteRecordCommand {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
    }
}
