package dev.atrium.domain.metadata;

import java.util.List;
import java.util.Objects;

/**
 * A relationship from one entity to another.
 *
 * @param foreign the name of the inverse link on the target entity, or {@code null}
 * @param relationName the relation entity holding many-to-many pairs, or {@code null}
 * @param midKeys the relation entity's key attributes for this side and the other
 *     ({@code ["childId", "parentId"]}), or empty to use its one belongs-to link to each entity; needed
 *     when a relation joins an entity to itself
 */
public record LinkDefinition(String name, LinkType type, String entity, String foreign, String relationName,
        List<String> midKeys) {

    public LinkDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entity, "entity");
        midKeys = midKeys == null ? List.of() : List.copyOf(midKeys);
    }

    public LinkDefinition(String name, LinkType type, String entity, String foreign, String relationName) {
        this(name, type, entity, foreign, relationName, List.of());
    }
}
