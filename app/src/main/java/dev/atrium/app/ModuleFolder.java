package dev.atrium.app;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.atrium.application.service.ModuleException;
import dev.atrium.application.service.ModuleLoader;
import dev.atrium.application.spi.PlatformModule;

/**
 * The modules folder ({@code ATRIUM_MODULES_DIR}): every {@code *.jar} in it is loaded in a class loader
 * of its own whose parent is the platform's, so a module sees the platform and what it bundles, and no
 * other module's classes. A folder that does not exist holds no modules. Closing it closes the loaders.
 */
final class ModuleFolder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleFolder.class);

    private final List<URLClassLoader> loaders;
    private final List<PlatformModule> modules;

    private ModuleFolder(List<URLClassLoader> loaders, List<PlatformModule> modules) {
        this.loaders = loaders;
        this.modules = List.copyOf(modules);
    }

    /** @throws ModuleException naming the jar when one cannot be read or holds no module */
    static ModuleFolder open(Path folder, ClassLoader platform) {
        List<URLClassLoader> loaders = new ArrayList<>();
        List<PlatformModule> modules = new ArrayList<>();
        try {
            for (Path jar : jars(folder)) {
                URLClassLoader loader = new URLClassLoader("module " + jar.getFileName(), new URL[] {url(jar)}, platform);
                loaders.add(loader);
                List<PlatformModule> found = ModuleLoader.discoverIn(jar.getFileName().toString(), loader);
                modules.addAll(found);
                LOG.info("Modules folder: {} brings {}", jar.getFileName(), found.stream().map(PlatformModule::id).toList());
            }
            return new ModuleFolder(loaders, modules);
        } catch (RuntimeException e) {
            new ModuleFolder(loaders, List.of()).close();
            throw e;
        }
    }

    /** The modules of the folder's jars, in the jars' name order. */
    List<PlatformModule> modules() {
        return modules;
    }

    @Override
    public void close() {
        for (URLClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException e) {
                LOG.warn("Could not close {}: {}", loader.getName(), e.getMessage());
            }
        }
    }

    private static List<Path> jars(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        if (!Files.isDirectory(folder)) {
            throw new ModuleException("the modules folder " + folder + " (ATRIUM_MODULES_DIR) is not a folder");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar") && Files.isRegularFile(file))
                    .sorted().toList();
        } catch (IOException e) {
            throw new ModuleException("cannot list the modules folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new ModuleException(jar.getFileName() + " cannot be opened: " + e.getMessage(), e);
        }
    }
}
