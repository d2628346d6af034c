package dev.atrium.application.service;

import java.util.Objects;
import java.util.Set;

import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.Principal;

/**
 * What only admins may do, whatever a role grants: make or change admins, change roles and their
 * scopes, a user's roles or teams, or another user's tokens. A role that lets a user edit {@code User}
 * must not let them make themselves an admin.
 */
final class AdminOnly {

    /** Entities that decide who may do what; only admins write them. */
    static final Set<String> ENTITIES = Set.of("Role", "RoleScope", "RoleScopeField", "UserRole", "UserTeam");
    /** Entities only admins read and only the Entity Manager writes: the definitions of runtime entities and fields. */
    static final Set<String> MODEL = Set.of(RuntimeDefinitions.ENTITY, RuntimeDefinitions.FIELD);
    private static final String USER = "User";
    private static final String TOKEN = "AuthToken";

    private AdminOnly() {
    }

    /** Why the caller may not make this write, or null when they may. */
    static DomainException refusal(Principal caller, Catalog catalog, EntityDefinition entity, PendingWrite write) {
        if (MODEL.contains(entity.name()) && !EntityManagerGuard.active()) {
            return modelRefusal(caller, entity);
        }
        if (caller.admin()) {
            return null;
        }
        if (ENTITIES.contains(entity.name())) {
            return forbidden("Only admins may change " + entity.name() + " records.");
        }
        for (LinkWrites.Delta delta : write.deltas) {
            if (ENTITIES.contains(catalog.route(entity, delta.link()).entity())) {
                return forbidden("Only admins may change " + entity.name() + "." + delta.link() + ".");
            }
        }
        if (entity.name().equals(USER)) {
            if (write.current != null && isAdmin(write.current)) {
                return forbidden("Only admins may change an admin user.");
            }
            if (write.values.containsKey("isAdmin") && (write.current != null || isTrue(write.values.get("isAdmin")))) {
                return forbidden("Only admins may set 'isAdmin'.");
            }
        }
        if (entity.name().equals(TOKEN) && (write.current != null && !ownToken(caller, write.current.get("userId"))
                || !ownToken(caller, write.after("userId")))) {
            return forbidden("Only admins may change another user's tokens.");
        }
        return null;
    }

    /** Why the caller may not delete this record, or null when they may. */
    static DomainException deleteRefusal(Principal caller, EntityDefinition entity, Record record) {
        if (MODEL.contains(entity.name()) && !EntityManagerGuard.active()) {
            return modelRefusal(caller, entity);
        }
        if (caller.admin()) {
            return null;
        }
        if (ENTITIES.contains(entity.name())) {
            return forbidden("Only admins may delete " + entity.name() + " records.");
        }
        if (entity.name().equals(USER) && isAdmin(record)) {
            return forbidden("Only admins may delete an admin user.");
        }
        if (entity.name().equals(TOKEN) && !ownToken(caller, record.get("userId"))) {
            return forbidden("Only admins may delete another user's tokens.");
        }
        return null;
    }

    private static DomainException modelRefusal(Principal caller, EntityDefinition entity) {
        return forbidden(caller.admin() ? entity.name() + " records change only through POST, PUT, PATCH and DELETE "
                + "/api/v1/" + entity.name() + ", one at a time." : "Only admins may change " + entity.name() + " records.");
    }

    private static boolean isAdmin(Record user) {
        return isTrue(user.get("isAdmin"));
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value);
    }

    private static boolean ownToken(Principal caller, Object userId) {
        return Objects.equals(caller.userId(), userId);
    }

    private static DomainException forbidden(String message) {
        return new DomainException(DomainException.Kind.FORBIDDEN, message);
    }
}
