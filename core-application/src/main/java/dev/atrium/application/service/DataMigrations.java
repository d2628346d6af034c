package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.atrium.application.spi.DataMigration;
import dev.atrium.application.spi.PlatformModule;

/** The data migrations modules declared: per module in load order, each module's in version order. */
public final class DataMigrations {

    public static final DataMigrations NONE = new DataMigrations(Map.of());

    /** One declared migration, with where its module came from for messages. */
    record Step(String moduleId, String origin, int version, String description, DataMigration migration) {

        String named() {
            return "module '" + moduleId + "' (" + origin + "): data migration " + version + " (" + description + ")";
        }
    }

    private final Map<String, List<Step>> byModule;

    private DataMigrations(Map<String, List<Step>> byModule) {
        Map<String, List<Step>> copy = new LinkedHashMap<>();
        byModule.forEach((module, steps) -> copy.put(module, steps.stream()
                .sorted(Comparator.comparingInt(Step::version)).toList()));
        this.byModule = copy;
    }

    boolean isEmpty() {
        return byModule.isEmpty();
    }

    /** Module ids in load order, each with its migrations in version order. */
    Map<String, List<Step>> byModule() {
        return byModule;
    }

    /** Collects migrations while modules contribute. */
    static final class Builder {
        private final Map<String, List<Step>> byModule = new LinkedHashMap<>();

        void add(PlatformModule module, int version, String description, DataMigration migration) {
            String origin = ModuleLoader.origin(module);
            String where = "module '" + module.id() + "' (" + origin + ")";
            if (version < 1) {
                throw new ModuleException(where + " declares data migration " + version + "; versions start at 1");
            }
            if (description == null || description.isBlank()) {
                throw new ModuleException(where + " declares data migration " + version + " without a description");
            }
            Objects.requireNonNull(migration, "migration");
            List<Step> steps = byModule.computeIfAbsent(module.id(), id -> new ArrayList<>());
            if (steps.stream().anyMatch(step -> step.version() == version)) {
                throw new ModuleException(where + " declares data migration " + version + " twice");
            }
            steps.add(new Step(module.id(), origin, version, description.trim(), migration));
        }

        DataMigrations build() {
            return byModule.isEmpty() ? NONE : new DataMigrations(byModule);
        }
    }
}
