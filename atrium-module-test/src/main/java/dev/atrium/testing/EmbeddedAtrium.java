package dev.atrium.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import dev.atrium.app.AtriumSettings;
import dev.atrium.app.EmbeddedServer;

/**
 * Atrium for a module's own tests: the platform with every module on the test class path (the module under
 * test, the PIM), on a fresh H2 database in a temporary folder, served on a free loopback port; closing it
 * stops the server and deletes the folder.
 *
 * <pre>{@code
 * try (EmbeddedAtrium atrium = EmbeddedAtrium.start()) {
 *     AtriumResponse created = atrium.client().post("/api/v1/Warehouse", Map.of("name", "North"));
 * }
 * }</pre>
 */
public final class EmbeddedAtrium implements AutoCloseable {

    /** The password of the user {@code admin}, which the first start creates. */
    public static final String ADMIN_PASSWORD = "module-test-admin";

    private final AtriumSettings settings;
    private final Path folder;
    private EmbeddedServer server;
    private AtriumClient client;

    private EmbeddedAtrium(AtriumSettings settings, Path folder) {
        this.settings = settings;
        this.folder = folder;
        boot();
    }

    public static EmbeddedAtrium start() {
        return start(Map.of());
    }

    /** @param settings further settings by their environment names ({@code ATRIUM_LANGUAGES}), which win */
    public static EmbeddedAtrium start(Map<String, String> settings) {
        Path folder = temporaryFolder();
        Map<String, String> all = new HashMap<>(Map.of("ATRIUM_PORT", "0", "ATRIUM_DATA_DIR", folder.toString(),
                "ATRIUM_ADMIN_PASSWORD", ADMIN_PASSWORD, "ATRIUM_BCRYPT_COST", "4", "ATRIUM_JOB_WORKER", "false"));
        all.putAll(settings);
        try {
            return new EmbeddedAtrium(AtriumSettings.from(all), folder);
        } catch (RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    /** A client logged in as {@code admin}, who may do everything. */
    public AtriumClient client() {
        return client;
    }

    /** A client without credentials, e.g. to log in as another user with {@link AtriumClient#loggedInAs}. */
    public AtriumClient anonymousClient() {
        return new AtriumClient(server.uri());
    }

    /** Where it answers: {@code http://127.0.0.1:<port>}. */
    public URI uri() {
        return server.uri();
    }

    /**
     * Stops the server and starts it again on the same database, as an operator's restart does: data
     * migrations that ran stay recorded. Clients from before the restart no longer answer.
     */
    public void restart() {
        server.close();
        boot();
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            delete(folder);
        }
    }

    private void boot() {
        server = EmbeddedServer.start(settings, EmbeddedAtrium.class.getClassLoader());
        client = new AtriumClient(server.uri()).loggedInAs("admin", ADMIN_PASSWORD);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("atrium-module-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
