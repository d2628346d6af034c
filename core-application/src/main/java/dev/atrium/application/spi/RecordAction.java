package dev.atrium.application.spi;

/**
 * A route a module adds under a record, {@code METHOD /api/v1/{entity}/{id}/{name}}, for work that is
 * more than a create, read, update or delete of one record. An action on a link's name replaces that
 * link's relationship route for its method.
 */
@FunctionalInterface
public interface RecordAction {

    /**
     * Runs as the caller: whatever the action reads or writes goes through {@link RecordActionCall}'s
     * use cases, so access control, validation and hooks apply as to any other request.
     *
     * @return the answer, as JSON: maps, lists, strings, numbers or booleans; null answers {@code true}
     * @throws dev.atrium.domain.DomainException to refuse, with the status its kind maps to
     */
    Object run(RecordActionCall call);
}
