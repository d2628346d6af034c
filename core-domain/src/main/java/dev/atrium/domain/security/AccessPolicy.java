package dev.atrium.domain.security;

import java.util.Map;

/**
 * A caller's access to every entity, merged from all their roles. Admins may do everything; an
 * entity no role mentions is closed.
 */
public record AccessPolicy(boolean admin, Map<String, EntityAccess> entities) {

    public static final AccessPolicy ADMIN = new AccessPolicy(true, Map.of());

    public AccessPolicy {
        entities = Map.copyOf(entities);
    }

    public EntityAccess of(String entity) {
        return admin ? EntityAccess.FULL : entities.getOrDefault(entity, EntityAccess.NONE);
    }
}
