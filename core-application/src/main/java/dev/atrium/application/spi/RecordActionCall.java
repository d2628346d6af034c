package dev.atrium.application.spi;

import java.util.function.Supplier;

import dev.atrium.domain.security.Principal;

/** One call of a {@link RecordAction}: who asks, about which record, with what body, and the use cases to act with. */
public interface RecordActionCall extends PlatformUseCases {

    Principal caller();

    /** The entity as the catalog spells it. */
    String entity();

    /** The record's id from the path (not yet checked to exist). */
    String id();

    /** The request body as JSON values (maps, lists, strings, numbers, booleans), or null for none. */
    Object body();

    /**
     * Runs {@code work} as one transaction: what it writes through the use cases is stored together, or not
     * at all when it throws (a route that must store all of its values or none).
     */
    default <T> T inOneTransaction(Supplier<T> work) {
        throw new UnsupportedOperationException("this platform runs no action in one transaction");
    }
}
