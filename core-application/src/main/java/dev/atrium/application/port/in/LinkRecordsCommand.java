package dev.atrium.application.port.in;

import java.util.List;
import java.util.Objects;

import dev.atrium.domain.DomainException;
import dev.atrium.domain.record.RecordIds;
import dev.atrium.domain.security.Principal;

/**
 * @param link the to-many link of {@code entity}
 * @param ids the records of the link's entity to link or unlink
 */
public record LinkRecordsCommand(Principal caller, String entity, String id, String link, List<String> ids) {

    public LinkRecordsCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(link, "link");
        if (ids == null || ids.isEmpty()) {
            throw DomainException.invalid("Give the record to link as {\"id\": ...} or several as {\"ids\": [...]}.");
        }
        RecordIds.requireStorable("ids", ids);
        ids = List.copyOf(ids);
    }
}
