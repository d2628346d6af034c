package dev.atrium.application.port.in;

import java.util.Optional;

import dev.atrium.domain.security.Principal;

/** Runs the record action a module added on {@code METHOD /api/v1/{entity}/{id}/{name}}, if there is one. */
public interface RunRecordActionUseCase {

    /** Whether a module added an action on this route (the entity in any case). */
    boolean has(String entity, String method, String name);

    /**
     * @param body the request body as JSON values, or null
     * @return the action's answer as JSON values; empty when no module added this route
     */
    Optional<Object> run(Principal caller, String entity, String id, String method, String name, Object body);
}
