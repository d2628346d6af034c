package dev.atrium.application.spi;

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
}
