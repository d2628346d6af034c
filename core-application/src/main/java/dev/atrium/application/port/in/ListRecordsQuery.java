package dev.atrium.application.port.in;

import java.util.Objects;

import dev.atrium.domain.DomainException;

/**
 * @param maxSize page size; {@code null} takes the default
 * @param sortBy attribute to order by; {@code null} takes the entity's default order
 * @param ascending {@code null} takes the entity's default direction
 */
public record ListRecordsQuery(String entity, int offset, Integer maxSize, String sortBy, Boolean ascending) {

    public ListRecordsQuery {
        Objects.requireNonNull(entity, "entity");
        if (offset < 0) {
            throw DomainException.invalid("'offset' must not be negative.");
        }
        if (maxSize != null && maxSize < 0) {
            throw DomainException.invalid("'maxSize' must not be negative.");
        }
    }
}
