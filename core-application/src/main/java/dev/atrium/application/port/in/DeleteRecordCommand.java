package dev.atrium.application.port.in;

import java.util.Objects;

import dev.atrium.domain.record.Precondition;
import dev.atrium.domain.security.Principal;

/**
 * @param permanently remove the row instead of marking it deleted
 * @param precondition the versions the record must be at ({@code If-Match})
 */
public record DeleteRecordCommand(Principal caller, String entity, String id, boolean permanently,
        Precondition precondition) {

    public DeleteRecordCommand(Principal caller, String entity, String id, boolean permanently) {
        this(caller, entity, id, permanently, Precondition.NONE);
    }

    public DeleteRecordCommand {
        Objects.requireNonNull(precondition, "precondition");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
    }
}
