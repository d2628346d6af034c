package dev.atrium.application.service;

import dev.atrium.application.spi.ModuleContributions;
import dev.atrium.application.spi.PlatformModule;

/**
 * The platform's own entities: users, teams, roles with their scopes, auth tokens, and the entities and
 * fields administrators create at runtime (Entity, EntityField). They are
 * entities like any other, so admins manage them through the same API.
 */
public final class CoreModule implements PlatformModule {

    public static final String ID = "core";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void contribute(ModuleContributions contributions) {
        contributions.entityDefinitions(CoreModule.class, "entities/User.json", "entities/Team.json",
                "entities/Role.json", "entities/RoleScope.json", "entities/RoleScopeField.json",
                "entities/AuthToken.json", "entities/UserRole.json", "entities/UserTeam.json",
                "entities/Entity.json", "entities/EntityField.json");
    }
}
