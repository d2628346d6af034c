package dev.atrium.adapter.security;

/**
 * @param bcryptCost the bcrypt work factor: each step doubles the time of a password check; 10
 *     (the default) takes about a tenth of a second on a small server
 */
public record SecuritySettings(int bcryptCost) {

    public SecuritySettings {
        if (bcryptCost < 4 || bcryptCost > 31) {
            throw new IllegalArgumentException("the bcrypt cost must be between 4 and 31, not " + bcryptCost);
        }
    }
}
