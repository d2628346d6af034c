package dev.atrium.domain.metadata;

import java.util.Optional;

/** AtroCore's scope types; they decide which system fields an entity gets. */
public enum EntityType {
    BASE("Base"),
    HIERARCHY("Hierarchy"),
    RELATION("Relation"),
    REFERENCE_DATA("ReferenceData");

    private final String jsonName;

    EntityType(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    /** Whether the type gets {@code name} and {@code description} when the definition lacks them. */
    public boolean hasNameAndDescription() {
        return this != RELATION;
    }

    public static Optional<EntityType> fromJsonName(String name) {
        for (EntityType type : values()) {
            if (type.jsonName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
