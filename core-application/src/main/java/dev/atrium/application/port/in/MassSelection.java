package dev.atrium.application.port.in;

import java.util.List;
import java.util.Objects;

import dev.atrium.domain.DomainException;

/**
 * The records a mass action applies to, as AtroCore clients name them: {@code ids}, or {@code where}
 * when {@code byWhere} is true.
 */
public record MassSelection(String entity, List<String> ids, List<?> where, boolean byWhere) {

    public MassSelection {
        Objects.requireNonNull(entity, "entity");
        if (byWhere ? where == null : ids == null || ids.isEmpty()) {
            throw DomainException.invalid(byWhere ? "'byWhere' needs 'where'." : "Give 'ids', or 'where' with 'byWhere': true.");
        }
        ids = ids == null ? List.of() : List.copyOf(ids);
        where = where == null ? List.of() : where;
    }
}
