package dev.atrium.application.service;

import java.util.function.Supplier;

/**
 * Marks the writes the Entity Manager makes of its own records: {@code Entity} and {@code EntityField} are
 * written only along with the schema change they describe, never through the generic record routes.
 */
final class EntityManagerGuard {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private EntityManagerGuard() {
    }

    static boolean active() {
        return Boolean.TRUE.equals(ACTIVE.get());
    }

    static <T> T run(Supplier<T> write) {
        ACTIVE.set(true);
        try {
            return write.get();
        } finally {
            ACTIVE.remove();
        }
    }
}
