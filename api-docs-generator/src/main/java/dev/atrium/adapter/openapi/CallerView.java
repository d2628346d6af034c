package dev.atrium.adapter.openapi;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.security.AccessLevel;
import dev.atrium.domain.security.AccessPolicy;
import dev.atrium.domain.security.EntityAccess;

/**
 * What one caller's access policy opens of the API: the document shows an entity, a route or a field
 * only when a request for it could succeed for this caller.
 */
record CallerView(AccessPolicy policy) {

    /** The view of a caller who may do everything. */
    static final CallerView EVERYTHING = new CallerView(AccessPolicy.ADMIN);

    boolean sees(EntityDefinition entity) {
        return access(entity).reachesAnything();
    }

    boolean canRead(EntityDefinition entity) {
        return access(entity).read() != AccessLevel.NO;
    }

    boolean canCreate(EntityDefinition entity) {
        return access(entity).create();
    }

    boolean canEdit(EntityDefinition entity) {
        return access(entity).edit() != AccessLevel.NO;
    }

    boolean canDelete(EntityDefinition entity) {
        return access(entity).delete() != AccessLevel.NO;
    }

    boolean canRead(EntityDefinition entity, FieldDefinition field) {
        return canRead(entity, field.name());
    }

    boolean canEdit(EntityDefinition entity, FieldDefinition field) {
        return canEdit(entity, field.name());
    }

    /** @param field a field's or a link's name, as roles name them */
    boolean canRead(EntityDefinition entity, String field) {
        return access(entity).canRead(field);
    }

    boolean canEdit(EntityDefinition entity, String field) {
        return access(entity).canEdit(field);
    }

    private EntityAccess access(EntityDefinition entity) {
        return policy.of(entity.name());
    }
}
