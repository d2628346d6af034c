package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.atrium.application.spi.RecordHook;

/** The record hooks modules contributed, by entity name; immutable once assembled. */
public final class RecordHooks {

    public static final RecordHooks NONE = new RecordHooks(Map.of());

    private final Map<String, List<RecordHook>> byEntity;

    RecordHooks(Map<String, List<RecordHook>> byEntity) {
        Map<String, List<RecordHook>> copy = new HashMap<>();
        byEntity.forEach((entity, hooks) -> copy.put(entity, List.copyOf(hooks)));
        this.byEntity = Map.copyOf(copy);
    }

    List<RecordHook> of(String entity) {
        return byEntity.getOrDefault(entity, List.of());
    }

    /** Collects hooks while modules contribute. */
    static final class Builder {
        private final Map<String, List<RecordHook>> byEntity = new HashMap<>();

        void add(String entity, RecordHook hook) {
            byEntity.computeIfAbsent(entity, name -> new ArrayList<>()).add(hook);
        }

        /** @param canonical the catalog's spelling of an entity name (hooks may name it in any case) */
        RecordHooks build(UnaryOperator<String> canonical) {
            Map<String, List<RecordHook>> named = new HashMap<>();
            byEntity.forEach((entity, hooks) -> named.computeIfAbsent(canonical.apply(entity), name -> new ArrayList<>())
                    .addAll(hooks));
            return new RecordHooks(named);
        }
    }
}
