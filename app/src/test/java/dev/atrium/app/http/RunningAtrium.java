package dev.atrium.app.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.context.support.GenericApplicationContext;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.DatabaseSettings;
import dev.atrium.adapter.persistence.TestDatabase;
import dev.atrium.app.AtriumSettings;
import dev.atrium.app.EmbeddedServer;
import dev.atrium.domain.metadata.Catalog;

/**
 * Atrium on embedded Jetty, on a random loopback port, over a fresh database of the given kind: the
 * default H2 file in its own folder, or a new PostgreSQL schema or MariaDB database, dropped on close.
 */
public final class RunningAtrium implements AutoCloseable {

    /** The first admin's password in tests. */
    public static final String ADMIN_PASSWORD = "test-admin-secret-7";

    private final Map<String, String> settings;
    private final TestDatabase database;
    private final Clock clock;
    private final Consumer<GenericApplicationContext> extensions;
    private EmbeddedServer server;
    private ApiClient api;

    private RunningAtrium(Map<String, String> settings, TestDatabase database, Clock clock,
            Consumer<GenericApplicationContext> extensions) {
        this.settings = settings;
        this.database = database;
        this.clock = clock;
        this.extensions = extensions;
    }

    /**
     * On H2, the default database. A test that should run on every database listed in
     * {@code ATRIUM_TEST_DATABASES} is annotated {@code @OnEachTestDatabase} and passes its kind.
     */
    public static RunningAtrium start() {
        return start(DatabaseKind.H2);
    }

    /** On H2, like {@link #start()}, with settings by environment name. */
    public static RunningAtrium start(Map<String, String> overrides) {
        return start(DatabaseKind.H2, overrides);
    }

    public static RunningAtrium start(DatabaseKind kind) {
        return start(kind, Map.of());
    }

    /** @param overrides settings by environment name, e.g. {@code ATRIUM_MAX_BODY_BYTES} */
    public static RunningAtrium start(DatabaseKind kind, Map<String, String> overrides) {
        return start(kind, overrides, Clock.systemUTC());
    }

    /** @param clock the time the core goes by; tests move a mutable one */
    public static RunningAtrium start(DatabaseKind kind, Map<String, String> overrides, Clock clock) {
        return start(kind, overrides, clock, context -> { });
    }

    /** @param extensions beans registered before the server starts, e.g. a {@link StatementCounter} */
    public static RunningAtrium start(DatabaseKind kind, Map<String, String> overrides, Clock clock,
            Consumer<GenericApplicationContext> extensions) {
        Map<String, String> settings = new HashMap<>(Map.of("ATRIUM_PORT", "0", "ATRIUM_DATA_DIR", temporaryFolder(),
                "ATRIUM_ADMIN_PASSWORD", ADMIN_PASSWORD, "ATRIUM_BCRYPT_COST", "4"));
        TestDatabase database = kind == DatabaseKind.H2 ? null : create(kind);
        if (database != null) {
            DatabaseSettings db = database.settings();
            settings.putAll(Map.of("ATRIUM_DB_URL", db.url(), "ATRIUM_DB_USER", db.user(),
                    "ATRIUM_DB_PASSWORD", db.password()));
        }
        settings.putAll(overrides);
        RunningAtrium atrium = new RunningAtrium(settings, database, clock, extensions);
        try {
            atrium.boot();
            return atrium;
        } catch (RuntimeException e) {
            atrium.dropDatabase();
            throw e;
        }
    }

    /**
     * A second node on this one's database, as a load balancer would put beside it: its own port and
     * data folder, the same database and settings. It leaves the database to this node when closed.
     */
    public RunningAtrium beside() {
        return beside(Map.of());
    }

    /** A second node on this one's database, with some settings of its own. */
    public RunningAtrium beside(Map<String, String> overrides) {
        if (database == null && setting("ATRIUM_DB_URL") == null) {
            throw new IllegalStateException("the default H2 file cannot be shared by two nodes: start on a server database");
        }
        Map<String, String> own = new HashMap<>(settings);
        own.put("ATRIUM_DATA_DIR", temporaryFolder());
        own.putAll(overrides);
        RunningAtrium node = new RunningAtrium(own, null, clock, extensions);
        node.boot();
        return node;
    }

    /** A client logged in as the admin. */
    public ApiClient api() {
        return api;
    }

    /** Where the server answers: {@code http://127.0.0.1:<port>/}. */
    public java.net.URI uri() {
        return server.uri();
    }

    /** A client with no credentials. */
    public ApiClient anonymous() {
        return new ApiClient(server.uri());
    }

    public Path dataDir() {
        return Path.of(settings.get("ATRIUM_DATA_DIR"));
    }

    /** The setting it runs with, by environment name ({@code ATRIUM_DB_URL}), or null. */
    public String setting(String name) {
        return settings.get(name);
    }

    /** A new JDBC connection to the database this Atrium runs on, for tests that look at the rows themselves. */
    public Connection connect() throws SQLException {
        AtriumSettings running = AtriumSettings.from(settings);
        return DriverManager.getConnection(running.dbUrl(), running.dbUser(), running.dbPassword());
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
        server = EmbeddedServer.start(AtriumSettings.from(settings), RunningAtrium.class.getClassLoader(), clock,
                extensions);
        api = new ApiClient(server.uri()).loggedInAs("admin", settings.get("ATRIUM_ADMIN_PASSWORD"));
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            dropDatabase();
            deleteFolder(dataDir());
        }
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void dropDatabase() {
        if (database != null) {
            try {
                database.close();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop the test database: " + e.getMessage(), e);
            }
        }
    }

    private static String temporaryFolder() {
        try {
            return Files.createTempDirectory("atrium-it-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestDatabase create(DatabaseKind kind) {
        try {
            return TestDatabase.create(kind);
        } catch (SQLException e) {
            throw new IllegalStateException(kind + " is listed in ATRIUM_TEST_DATABASES but cannot be reached: "
                    + e.getMessage(), e);
        }
    }
}
