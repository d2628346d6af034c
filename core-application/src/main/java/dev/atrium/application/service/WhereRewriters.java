package dev.atrium.application.service;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.atrium.application.spi.WhereItemRewriter;

/** The where item rewriters modules contributed, by entity name and flag; immutable once assembled. */
public final class WhereRewriters {

    public static final WhereRewriters NONE = new WhereRewriters(Map.of());

    private final Map<String, Map<String, WhereItemRewriter>> byEntity;

    private WhereRewriters(Map<String, Map<String, WhereItemRewriter>> byEntity) {
        Map<String, Map<String, WhereItemRewriter>> copy = new HashMap<>();
        byEntity.forEach((entity, byFlag) -> copy.put(entity, Map.copyOf(byFlag)));
        this.byEntity = Map.copyOf(copy);
    }

    /** @param entity the catalog's spelling; the result maps each flag to its rewriter */
    Map<String, WhereItemRewriter> of(String entity) {
        return byEntity.getOrDefault(entity, Map.of());
    }

    /** Collects rewriters while modules contribute. */
    static final class Builder {
        private final Map<String, Map<String, WhereItemRewriter>> byEntity = new HashMap<>();
        private final Map<String, String> owners = new HashMap<>();

        void add(String module, String entity, String flag, WhereItemRewriter rewriter) {
            String previous = owners.putIfAbsent(entity + " " + flag, module);
            if (previous != null) {
                throw new ModuleException("module '" + module + "' reads where items on " + entity + " that set '"
                        + flag + "', which module '" + previous + "' already reads");
            }
            byEntity.computeIfAbsent(entity, name -> new HashMap<>()).put(flag, rewriter);
        }

        /** @param canonical the catalog's spelling of an entity name (rewriters may name it in any case) */
        WhereRewriters build(UnaryOperator<String> canonical) {
            Map<String, Map<String, WhereItemRewriter>> named = new HashMap<>();
            byEntity.forEach((entity, byFlag) -> byFlag.forEach((flag, rewriter) -> {
                if (named.computeIfAbsent(canonical.apply(entity), name -> new HashMap<>()).put(flag, rewriter) != null) {
                    throw new ModuleException("two where item rewriters read '" + flag + "' on " + canonical.apply(entity));
                }
            }));
            return new WhereRewriters(named);
        }
    }
}
