package dev.atrium.app.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dev.atrium.app.AtriumSettings;
import dev.atrium.app.EmbeddedServer;
import dev.atrium.domain.metadata.Catalog;

/** Atrium on embedded Jetty, on a random loopback port, over an H2 file in its own folder. */
public final class RunningAtrium implements AutoCloseable {

    private final Path dataDir;
    private final Map<String, String> settings;
    private EmbeddedServer server;
    private ApiClient api;

    private RunningAtrium(Path dataDir, Map<String, String> overrides) {
        this.dataDir = dataDir;
        this.settings = new HashMap<>(overrides);
        settings.put("ATRIUM_PORT", "0");
        settings.put("ATRIUM_DATA_DIR", dataDir.toString());
    }

    public static RunningAtrium start() {
        return start(Map.of());
    }

    /** @param overrides settings by environment name, e.g. {@code ATRIUM_MAX_BODY_BYTES} */
    public static RunningAtrium start(Map<String, String> overrides) {
        try {
            RunningAtrium atrium = new RunningAtrium(Files.createTempDirectory("atrium-it-"), overrides);
            atrium.boot();
            return atrium;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiClient api() {
        return api;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Catalog catalog() {
        return server.runtime().catalog();
    }

    /** Stops the process's server and starts a new one on the same data, as a restart would. */
    public void restart() {
        server.close();
        boot();
    }

    private void boot() {
        server = EmbeddedServer.start(AtriumSettings.from(settings), RunningAtrium.class.getClassLoader());
        api = new ApiClient(server.uri());
    }

    @Override
    public void close() {
        server.close();
    }
}
