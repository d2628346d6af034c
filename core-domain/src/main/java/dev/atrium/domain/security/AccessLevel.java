package dev.atrium.domain.security;

import java.util.Locale;
import java.util.Optional;

/** How many records an action reaches, from none to all; several roles merge to the widest. */
public enum AccessLevel {
    NO, OWN, TEAM, ALL;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public AccessLevel widest(AccessLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public static Optional<AccessLevel> fromJsonName(String name) {
        for (AccessLevel level : values()) {
            if (level.jsonName().equals(name)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
