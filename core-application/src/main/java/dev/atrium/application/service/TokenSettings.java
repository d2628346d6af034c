package dev.atrium.application.service;

/**
 * @param lifetimeHours how long a new token lives unless the login says otherwise; 0 is forever
 * @param idleHours how long a token may go unused unless the login says otherwise; 0 is forever
 */
public record TokenSettings(int lifetimeHours, int idleHours) {

    public TokenSettings {
        if (lifetimeHours < 0 || idleHours < 0) {
            throw new IllegalArgumentException("token lifetime and idle time must not be negative");
        }
    }
}
