package dev.atrium.domain.metadata;

import java.util.Optional;

/** The kinds of relationship between two entities. */
public enum LinkType {
    /** This record holds the id of one target record ({@code <link>Id}). */
    BELONGS_TO("belongsTo"),
    /** Many target records point back here, directly or through a relation entity. */
    HAS_MANY("hasMany");

    private final String jsonName;

    LinkType(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<LinkType> fromJsonName(String name) {
        for (LinkType type : values()) {
            if (type.jsonName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
