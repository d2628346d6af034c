package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

import dev.atrium.application.spi.PlatformModule;

/**
 * Finds the plug-ins on the class path and orders them so that every module comes after the modules
 * it depends on (modules without an order between them come by id, so every start is the same).
 */
public final class ModuleLoader {

    private ModuleLoader() {
    }

    public static List<PlatformModule> discover(ClassLoader classLoader) {
        List<PlatformModule> found = new ArrayList<>();
        ServiceLoader.load(PlatformModule.class, classLoader).forEach(found::add);
        return order(found);
    }

    /** @throws ModuleException for a duplicate id, a missing dependency or a cycle */
    public static List<PlatformModule> order(List<PlatformModule> modules) {
        Map<String, PlatformModule> byId = new LinkedHashMap<>();
        modules.stream().sorted(Comparator.comparing(PlatformModule::id)).forEach(module -> {
            PlatformModule previous = byId.putIfAbsent(module.id(), module);
            if (previous != null) {
                throw new ModuleException("two modules have the id '" + module.id() + "': "
                        + previous.getClass().getName() + " and " + module.getClass().getName());
            }
        });
        for (PlatformModule module : byId.values()) {
            for (String dependency : module.dependsOn()) {
                if (!byId.containsKey(dependency)) {
                    throw new ModuleException("module '" + module.id() + "' depends on '" + dependency
                            + "', which is not on the class path");
                }
            }
        }
        List<PlatformModule> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (PlatformModule module : byId.values()) {
            visit(module, byId, done, new LinkedHashSet<>(), ordered);
        }
        return ordered;
    }

    private static void visit(PlatformModule module, Map<String, PlatformModule> byId, Set<String> done,
            Set<String> path, List<PlatformModule> ordered) {
        if (done.contains(module.id())) {
            return;
        }
        if (!path.add(module.id())) {
            throw new ModuleException("modules depend on each other in a cycle: "
                    + String.join(" -> ", path) + " -> " + module.id());
        }
        module.dependsOn().stream().sorted().forEach(dependency -> visit(byId.get(dependency), byId, done, path, ordered));
        path.remove(module.id());
        done.add(module.id());
        ordered.add(module);
    }
}
