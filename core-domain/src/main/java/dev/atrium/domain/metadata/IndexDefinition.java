package dev.atrium.domain.metadata;

import java.util.List;
import java.util.Objects;

/** A database index over stored attributes of one entity; unique ones also match upserts. */
public record IndexDefinition(String name, List<String> attributes, boolean unique) {

    public IndexDefinition {
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
        if (attributes.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " has no attributes");
        }
    }
}
