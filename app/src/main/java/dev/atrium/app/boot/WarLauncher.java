package dev.atrium.app.boot;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Makes {@code java -jar atrium.war} work. The WAR keeps the application in {@code WEB-INF/lib} and
 * {@code WEB-INF/classes} (what a servlet container loads) and the embedded Jetty in
 * {@code WEB-INF/lib-launcher} (what a container must not see); the application's own classes are a jar in
 * {@code WEB-INF/lib} too. This class, at the WAR's root, unpacks both once into a cache folder keyed by the
 * WAR's size and time (removing the folders of other WARs unused for an hour, {@link UnpackedWars}), and starts
 * the embedded server from them: in a second JVM that maps an archive of the
 * loaded classes ({@link ClassDataLaunch}), or in this one (commands, debugging agents, the archive switched off).
 */
public final class WarLauncher {

    private static final String MAIN_CLASS = "dev.atrium.app.EmbeddedServer";

    private WarLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path war = Path.of(WarLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path unpacked = unpackOnce(war);
        while (!UnpackedWars.use(unpacked)) {
            unpacked = unpackOnce(war);
        }
        UnpackedWars.pruneBeside(unpacked);
        List<Path> classPath = new ArrayList<>();
        for (String folder : List.of("WEB-INF/lib", "WEB-INF/lib-launcher")) {
            try (Stream<Path> jars = Files.list(unpacked.resolve(folder))) {
                classPath.addAll(jars.filter(path -> path.toString().endsWith(".jar")).sorted().toList());
            }
        }
        Optional<ClassDataLaunch> archived = ClassDataLaunch.of(args, unpacked, classPath);
        if (archived.isPresent()) {
            OptionalInt status = archived.get().run(MAIN_CLASS);
            if (status.isPresent()) {
                System.exit(status.getAsInt());
            }
        }
        List<URL> urls = new ArrayList<>();
        for (Path jar : classPath) {
            urls.add(jar.toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader("atrium", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Method main = loader.loadClass(MAIN_CLASS).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static Path unpackOnce(Path war) throws IOException {
        String key = Files.size(war) + "-" + Files.getLastModifiedTime(war).toMillis();
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), UnpackedWars.PREFIX + key);
        if (Files.isDirectory(cache)) {
            return cache;
        }
        Path partial = Files.createTempDirectory(cache.getParent(), UnpackedWars.PREFIX + "unpacking-");
        try (ZipFile zip = new ZipFile(war.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().startsWith("WEB-INF/")) {
                    continue;
                }
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("WAR entry escapes its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        try {
            Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
            UnpackedWars.deleteTree(partial);
        } catch (IOException e) {
            if (!Files.isDirectory(cache)) {
                throw e;
            }
            UnpackedWars.deleteTree(partial);
        }
        return cache;
    }
}
