package dev.atrium.domain.security;

import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller of a use case.
 *
 * @param teamIds the teams the user belongs to, for team-level access
 * @param roleIds the roles whose scopes decide what the user may do (admins need none)
 */
public record Principal(String userId, String userName, boolean admin, Set<String> teamIds, Set<String> roleIds) {

    /** The platform itself (start-up work, background jobs): may do everything. */
    public static final Principal SYSTEM = new Principal("system", "system", true, Set.of(), Set.of());

    public Principal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(userName, "userName");
        teamIds = Set.copyOf(teamIds);
        roleIds = Set.copyOf(roleIds);
    }
}
