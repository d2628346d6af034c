package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A fresh, empty database for one test on one of the supported kinds. Which kinds run is chosen
 * with {@code ATRIUM_TEST_DATABASES} (default {@code h2}); a kind that is listed must be reachable,
 * so CI never skips one silently.
 */
final class TestDatabase implements AutoCloseable {

    private static final Set<String> ENABLED = Arrays.stream(
                    System.getenv().getOrDefault("ATRIUM_TEST_DATABASES", "h2").split(","))
            .map(name -> name.trim().toLowerCase(Locale.ROOT)).filter(name -> !name.isEmpty())
            .collect(Collectors.toUnmodifiableSet());

    private final DatabaseSettings settings;
    private final String adminUrl;
    private final String dropStatement;

    private TestDatabase(DatabaseSettings settings, String adminUrl, String dropStatement) {
        this.settings = settings;
        this.adminUrl = adminUrl;
        this.dropStatement = dropStatement;
    }

    static boolean enabled(DatabaseKind kind) {
        return ENABLED.contains(kind.name().toLowerCase(Locale.ROOT));
    }

    static TestDatabase create(DatabaseKind kind) throws SQLException {
        String name = "atrium_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return switch (kind) {
            case H2 -> new TestDatabase(settings("jdbc:h2:mem:" + name, "sa", ""), null, null);
            case POSTGRESQL -> {
                String base = env("ATRIUM_TEST_POSTGRESQL_URL", "jdbc:postgresql://127.0.0.1:5432/test");
                String user = env("ATRIUM_TEST_POSTGRESQL_USER", "postgres");
                execute(base, user, env("ATRIUM_TEST_POSTGRESQL_PASSWORD", ""), "CREATE SCHEMA " + name);
                yield new TestDatabase(settings(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name,
                        user, env("ATRIUM_TEST_POSTGRESQL_PASSWORD", "")), base, "DROP SCHEMA " + name + " CASCADE");
            }
            case MARIADB -> {
                String server = env("ATRIUM_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/");
                String user = env("ATRIUM_TEST_MARIADB_USER", "root");
                execute(server, user, env("ATRIUM_TEST_MARIADB_PASSWORD", ""),
                        "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                yield new TestDatabase(settings(server + name, user, env("ATRIUM_TEST_MARIADB_PASSWORD", "")),
                        server, "DROP DATABASE " + name);
            }
        };
    }

    DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() throws SQLException {
        if (dropStatement != null) {
            execute(adminUrl, settings.user(), settings.password(), dropStatement);
        }
    }

    private static DatabaseSettings settings(String url, String user, String password) {
        return new DatabaseSettings(url, user, password, 4, Duration.ofSeconds(5));
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
