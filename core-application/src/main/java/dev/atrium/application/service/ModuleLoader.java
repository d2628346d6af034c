package dev.atrium.application.service;

import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

import dev.atrium.application.spi.PlatformModule;

/**
 * Finds the plug-ins on the class path and in the jars of the modules folder, and orders them so that
 * every module comes after the modules it depends on (modules without an order between them come by id,
 * so every start is the same). Every problem names the module and the jar it came from.
 */
public final class ModuleLoader {

    private ModuleLoader() {
    }

    public static List<PlatformModule> discover(ClassLoader classLoader) {
        return discover(classLoader, List.of());
    }

    /**
     * The modules on the class path together with {@code more} (those of the modules folder), in load order;
     * where no dependency decides, the platform's own modules come first, so a clash is blamed on the jar.
     */
    public static List<PlatformModule> discover(ClassLoader classLoader, List<PlatformModule> more) {
        List<PlatformModule> found = new ArrayList<>();
        ServiceLoader.load(PlatformModule.class, classLoader).forEach(found::add);
        found.addAll(more);
        return order(found, Comparator.comparing((PlatformModule module) -> more.contains(module))
                .thenComparing(PlatformModule::id));
    }

    /**
     * The modules a jar of the modules folder declares: those its own class loader defines (the loader
     * also sees the platform's). Each must say which SPI version it was built for.
     *
     * @param jar the jar's name, for messages
     * @throws ModuleException when the jar declares no module, or a module cannot be loaded
     */
    public static List<PlatformModule> discoverIn(String jar, ClassLoader jarLoader) {
        List<PlatformModule> found = new ArrayList<>();
        try {
            ServiceLoader.load(PlatformModule.class, jarLoader).stream()
                    .filter(provider -> provider.type().getClassLoader() == jarLoader)
                    .forEach(provider -> found.add(provider.get()));
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new ModuleException(jar + ": a module in it cannot be loaded: " + describe(e), e);
        }
        if (found.isEmpty()) {
            throw new ModuleException(jar + " is not an Atrium module: it declares no class of its own in "
                    + "META-INF/services/" + PlatformModule.class.getName());
        }
        for (PlatformModule module : found) {
            if (module.spiVersion() == null) {
                throw new ModuleException(jar + ": module '" + module.id() + "' (" + module.getClass().getName()
                        + ") does not say which SPI version it was built for; add "
                        + "'public String spiVersion() { return SPI_VERSION; }' and rebuild it");
            }
        }
        return found;
    }

    /** @throws ModuleException for a duplicate id, a missing dependency, an SPI version it cannot serve or a cycle */
    public static List<PlatformModule> order(List<PlatformModule> modules) {
        return order(modules, Comparator.comparing(PlatformModule::id));
    }

    /** @param preference the order of modules that no dependency orders */
    private static List<PlatformModule> order(List<PlatformModule> modules, Comparator<PlatformModule> preference) {
        Map<String, PlatformModule> byId = new LinkedHashMap<>();
        modules.stream().sorted(preference).forEach(module -> {
            SpiVersion.check(module);
            PlatformModule previous = byId.putIfAbsent(module.id(), module);
            if (previous != null) {
                throw new ModuleException("two modules have the id '" + module.id() + "': " + named(previous)
                        + " and " + named(module));
            }
        });
        for (PlatformModule module : byId.values()) {
            for (String dependency : module.dependsOn()) {
                if (!byId.containsKey(dependency)) {
                    throw new ModuleException("module '" + module.id() + "' (" + origin(module) + ") depends on '"
                            + dependency + "', which is neither on the class path nor in the modules folder");
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

    /** Where a module's class was loaded from: a jar's file name, else the class folder. */
    public static String origin(PlatformModule module) {
        CodeSource source = module.getClass().getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "the class path";
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.isDirectory(path) ? path.toString() : String.valueOf(path.getFileName());
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return source.getLocation().toString();
        }
    }

    private static String named(PlatformModule module) {
        return module.getClass().getName() + " (" + origin(module) + ")";
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(": ").append(cause);
        }
        return text.toString();
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
