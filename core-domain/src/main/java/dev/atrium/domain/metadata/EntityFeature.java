package dev.atrium.domain.metadata;

import java.util.Optional;

/**
 * What an entity's records carry for access control, as AtroCore's scope flags say: an owner, an
 * assigned user, teams. The catalog adds the links each one needs.
 */
public enum EntityFeature {
    /** Link {@code ownerUser} to User; "own" records are those whose owner is the caller. */
    OWNER("hasOwner", "ownerUser"),
    /** Link {@code assignedUser} to User; "own" records also include those assigned to the caller. */
    ASSIGNED_USER("hasAssignedUser", "assignedUser"),
    /** To-many link {@code teams} to Team; "team" records are those sharing a team with the caller. */
    TEAMS("hasTeam", "teams");

    private final String jsonName;
    private final String link;

    EntityFeature(String jsonName, String link) {
        this.jsonName = jsonName;
        this.link = link;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The link the catalog adds for this feature. */
    public String link() {
        return link;
    }

    public static Optional<EntityFeature> fromJsonName(String name) {
        for (EntityFeature feature : values()) {
            if (feature.jsonName.equals(name)) {
                return Optional.of(feature);
            }
        }
        return Optional.empty();
    }
}
