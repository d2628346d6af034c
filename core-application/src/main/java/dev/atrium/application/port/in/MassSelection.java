package dev.atrium.application.port.in;

import java.util.List;
import java.util.Objects;

import dev.atrium.domain.DomainException;
import dev.atrium.domain.record.RecordIds;
import dev.atrium.domain.security.Principal;

/**
 * The records a mass action applies to, as AtroCore clients name them: {@code ids}, or {@code where}
 * when {@code byWhere} is true.
 */
public record MassSelection(Principal caller, String entity, List<String> ids, List<?> where, boolean byWhere) {

    public MassSelection {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(entity, "entity");
        if (byWhere ? where == null : ids == null || ids.isEmpty()) {
            throw DomainException.invalid(byWhere ? "'byWhere' needs 'where'." : "Give 'ids', or 'where' with 'byWhere': true.");
        }
        ids = ids == null ? List.of() : List.copyOf(ids);
        RecordIds.requireStorable("ids", ids);
        where = where == null ? List.of() : where;
    }
}
