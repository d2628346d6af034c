package dev.atrium.application.service;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import dev.atrium.application.spi.RecordReadExtension;

/** The read extensions modules contributed, one per entity with the parameters it reads; immutable once assembled. */
public final class ReadExtensions {

    public static final ReadExtensions NONE = new ReadExtensions(Map.of());

    /** An extension, the request parameters that call it and the key its values are answered under. */
    record Contributed(Set<String> parameters, String key, RecordReadExtension extension) {
    }

    private final Map<String, Contributed> byEntity;

    private ReadExtensions(Map<String, Contributed> byEntity) {
        this.byEntity = Map.copyOf(byEntity);
    }

    /** @param entity the catalog's spelling */
    Optional<Contributed> of(String entity) {
        return Optional.ofNullable(byEntity.get(entity));
    }

    /** Collects extensions while modules contribute. */
    static final class Builder {
        private final Map<String, Contributed> byEntity = new HashMap<>();

        void add(String module, String entity, Set<String> parameters, String key, RecordReadExtension extension) {
            if (parameters.isEmpty()) {
                throw new ModuleException("module '" + module + "' adds a read extension to " + entity
                        + " that no request parameter calls");
            }
            if (byEntity.putIfAbsent(entity, new Contributed(Set.copyOf(parameters), key, extension)) != null) {
                throw new ModuleException("module '" + module + "' adds a read extension to " + entity
                        + ", which has one already");
            }
        }

        /** @param canonical the catalog's spelling of an entity name */
        ReadExtensions build(UnaryOperator<String> canonical) {
            Map<String, Contributed> named = new HashMap<>();
            byEntity.forEach((entity, contributed) -> named.put(canonical.apply(entity), contributed));
            return new ReadExtensions(named);
        }
    }
}
