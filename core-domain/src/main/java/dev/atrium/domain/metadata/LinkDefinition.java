package dev.atrium.domain.metadata;

import java.util.Objects;

/**
 * A relationship from one entity to another.
 *
 * @param foreign the name of the inverse link on the target entity, or {@code null}
 * @param relationName the relation entity holding many-to-many pairs, or {@code null}
 */
public record LinkDefinition(String name, LinkType type, String entity, String foreign, String relationName) {

    public LinkDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entity, "entity");
    }
}
