package dev.atrium.application.port.in;

import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.AccessPolicy;

/** Checks a user name and password and opens a session: a new token. */
public interface LoginUseCase {

    LoginResult login(LoginCommand command);

    /**
     * @param lifetimeHours the token's lifetime; 0 never expires; null takes the configured default
     * @param idleHours how long the token may go unused; 0 never; null takes the configured default
     */
    record LoginCommand(String userName, String password, String ipAddress, Integer lifetimeHours, Integer idleHours) {
    }

    /**
     * @param user the user record, without its password
     * @param rawToken the token, shown only now; only its hash is stored
     */
    record LoginResult(Record user, String rawToken, AccessPolicy access) {
    }
}
