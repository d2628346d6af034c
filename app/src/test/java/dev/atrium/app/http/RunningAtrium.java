package dev.atrium.app.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import dev.atrium.app.AtriumSettings;
import dev.atrium.app.EmbeddedServer;
import dev.atrium.domain.metadata.Catalog;

/** Atrium on embedded Jetty, on a random loopback port, over an H2 file in its own folder. */
public final class RunningAtrium implements AutoCloseable {

    /** The first admin's password in tests. */
    public static final String ADMIN_PASSWORD = "test-admin-secret-7";

    private final Path dataDir;
    private final Map<String, String> settings;
    private final Clock clock;
    private EmbeddedServer server;
    private ApiClient api;

    private RunningAtrium(Path dataDir, Map<String, String> overrides, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.settings = new HashMap<>(overrides);
        settings.putIfAbsent("ATRIUM_ADMIN_PASSWORD", ADMIN_PASSWORD);
        settings.putIfAbsent("ATRIUM_BCRYPT_COST", "4");
        settings.put("ATRIUM_PORT", "0");
        settings.put("ATRIUM_DATA_DIR", dataDir.toString());
    }

    public static RunningAtrium start() {
        return start(Map.of());
    }

    /** @param overrides settings by environment name, e.g. {@code ATRIUM_MAX_BODY_BYTES} */
    public static RunningAtrium start(Map<String, String> overrides) {
        return start(overrides, Clock.systemUTC());
    }

    /** @param clock the time the core goes by; tests move a mutable one */
    public static RunningAtrium start(Map<String, String> overrides, Clock clock) {
        try {
            RunningAtrium atrium = new RunningAtrium(Files.createTempDirectory("atrium-it-"), overrides, clock);
            atrium.boot();
            return atrium;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client logged in as the admin. */
    public ApiClient api() {
        return api;
    }

    /** A client with no credentials. */
    public ApiClient anonymous() {
        return new ApiClient(server.uri());
    }

    public Path dataDir() {
        return dataDir;
    }

    public Catalog catalog() {
        return server.runtime().catalog();
    }

    /** Stops the process's server and starts a new one on the same data, as a restart would. */
    public void restart() {
        restart(Map.of());
    }

    /** A restart with some settings changed. */
    public void restart(Map<String, String> changed) {
        server.close();
        settings.putAll(changed);
        boot();
    }

    private void boot() {
        server = EmbeddedServer.start(AtriumSettings.from(settings), RunningAtrium.class.getClassLoader(), clock);
        api = new ApiClient(server.uri()).loggedInAs("admin", settings.get("ATRIUM_ADMIN_PASSWORD"));
    }

    @Override
    public void close() {
        server.close();
    }
}
