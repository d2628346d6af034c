package dev.atrium.application.port.in;

import java.util.List;
import java.util.Objects;

import dev.atrium.domain.DomainException;

/**
 * @param link the to-many link of {@code entity}
 * @param ids the records of the link's entity to link or unlink
 */
public record LinkRecordsCommand(String entity, String id, String link, List<String> ids) {

    public LinkRecordsCommand {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(link, "link");
        if (ids == null || ids.isEmpty()) {
            throw DomainException.invalid("Give the record to link as {\"id\": ...} or several as {\"ids\": [...]}.");
        }
        ids = List.copyOf(ids);
    }
}
