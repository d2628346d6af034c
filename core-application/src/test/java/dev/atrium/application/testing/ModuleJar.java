package dev.atrium.application.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.atrium.application.spi.PlatformModule;
import dev.atrium.domain.security.Principal;

/**
 * A module jar as a team outside this repository would build it: Java sources compiled against the module
 * API alone (the domain, the ports and the SPI), resources, and the services file, packed into a jar that
 * no test class path holds, so only the modules folder's class loader can load its classes.
 */
public final class ModuleJar {

    private final String fileName;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> resources = new LinkedHashMap<>();

    private ModuleJar(String fileName) {
        this.fileName = fileName;
    }

    public static ModuleJar named(String fileName) {
        return new ModuleJar(fileName);
    }

    /** @param className the fully qualified name of the one top-level class in {@code source} */
    public ModuleJar source(String className, String source) {
        sources.put(className, source);
        return this;
    }

    public ModuleJar resource(String path, String content) {
        resources.put(path, content);
        return this;
    }

    /** Lists the classes in {@code META-INF/services/dev.atrium.application.spi.PlatformModule}. */
    public ModuleJar modules(String... classNames) {
        return resource("META-INF/services/" + PlatformModule.class.getName(), String.join("\n", classNames) + "\n");
    }

    /** Compiles the sources and writes the jar into {@code folder}. */
    public Path writeTo(Path folder) {
        Path work = null;
        try {
            work = Files.createTempDirectory("module-jar-");
            Path classes = Files.createDirectories(work.resolve("classes"));
            compile(work, classes);
            resources.forEach((path, content) -> write(classes.resolve(path), content));
            Files.createDirectories(folder);
            Path jar = folder.resolve(fileName);
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                for (Path file : filesIn(classes)) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(work);
        }
    }

    private void compile(Path work, Path classes) throws IOException {
        if (sources.isEmpty()) {
            return;
        }
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", moduleApi(),
                "-proc:none", "--release", "17"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = work.resolve("src").resolve(source.getKey().replace('.', '/') + ".java");
            write(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        if (javac.run(null, errors, errors, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the module sources of " + fileName + " do not compile:\n" + errors);
        }
    }

    /** Where the SPI (core-application) and the domain (core-domain) classes are: the module API's two halves. */
    private static String moduleApi() {
        return location(PlatformModule.class) + File.pathSeparator + location(Principal.class);
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
