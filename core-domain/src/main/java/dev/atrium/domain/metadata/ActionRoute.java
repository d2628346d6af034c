package dev.atrium.domain.metadata;

import java.util.Objects;

/**
 * A route a module added under the records of an entity, {@code METHOD /api/v1/{entity}/{id}/{name}},
 * as the catalog describes it to clients (the API document); what it does stays with the module.
 *
 * @param method the HTTP method, upper case
 * @param module the id of the module that added it
 */
public record ActionRoute(String method, String name, String module) {

    public ActionRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(module, "module");
    }
}
