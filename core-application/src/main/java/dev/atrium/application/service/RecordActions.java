package dev.atrium.application.service;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import dev.atrium.application.spi.RecordAction;

/** The record actions modules contributed, by entity, method and name; immutable once assembled. */
public final class RecordActions {

    public static final RecordActions NONE = new RecordActions(Map.of());
    static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final Map<String, RecordAction> byRoute;

    private RecordActions(Map<String, RecordAction> byRoute) {
        this.byRoute = Map.copyOf(byRoute);
    }

    /** @param entity the catalog's spelling */
    Optional<RecordAction> find(String entity, String method, String name) {
        return Optional.ofNullable(byRoute.get(key(entity, method, name)));
    }

    private static String key(String entity, String method, String name) {
        return entity + " " + method.toUpperCase(Locale.ROOT) + " " + name;
    }

    /** Collects actions while modules contribute. */
    static final class Builder {
        private final Map<String, Map<String, RecordAction>> byEntity = new HashMap<>();

        void add(String module, String entity, String method, String name, RecordAction action) {
            String verb = method.toUpperCase(Locale.ROOT);
            if (!METHODS.contains(verb)) {
                throw new ModuleException("module '" + module + "' adds the action '" + name + "' with the method '"
                        + method + "'; known: " + METHODS);
            }
            if (byEntity.computeIfAbsent(entity, any -> new HashMap<>()).putIfAbsent(verb + " " + name, action) != null) {
                throw new ModuleException("module '" + module + "' adds the action " + verb + " " + entity + "/{id}/"
                        + name + ", which another contribution already added");
            }
        }

        /** @param canonical the catalog's spelling of an entity name (actions may name it in any case) */
        RecordActions build(UnaryOperator<String> canonical) {
            Map<String, RecordAction> named = new HashMap<>();
            byEntity.forEach((entity, actions) -> actions.forEach((route, action) ->
                    named.put(canonical.apply(entity) + " " + route, action)));
            return new RecordActions(named);
        }
    }
}
