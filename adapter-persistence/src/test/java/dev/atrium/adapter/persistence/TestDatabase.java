package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty database for one test on one of the supported kinds. Which kinds run is chosen
 * with {@code ATRIUM_TEST_DATABASES} (default {@code h2}); a kind that is listed must be reachable,
 * so CI never skips one silently. The server databases are made unfriendly on purpose: MariaDB's
 * default character set is latin1 with a case-insensitive collation, and the session time zones of
 * MariaDB and PostgreSQL are not UTC (PostgreSQL takes the test JVM's zone), so a test passes only
 * if Atrium does not depend on those defaults.
 */
public final class TestDatabase implements AutoCloseable {

    /** The MariaDB session time zone of every test connection: Nepal's, far from UTC and off the hour. */
    static final String MARIADB_SESSION_TIME_ZONE = "+05:45";

    private static final List<DatabaseKind> LISTED = parse(
            System.getenv().getOrDefault("ATRIUM_TEST_DATABASES", "h2"));

    private final DatabaseSettings settings;
    private final String adminUrl;
    private final String dropStatement;

    private TestDatabase(DatabaseSettings settings, String adminUrl, String dropStatement) {
        this.settings = settings;
        this.adminUrl = adminUrl;
        this.dropStatement = dropStatement;
    }

    /** The kinds listed in {@code ATRIUM_TEST_DATABASES}, in the order given. */
    public static List<DatabaseKind> listed() {
        return LISTED;
    }

    public static boolean enabled(DatabaseKind kind) {
        return LISTED.contains(kind);
    }

    /** @throws SQLException when the server of a listed kind does not answer: the test fails, never skips */
    public static TestDatabase create(DatabaseKind kind) throws SQLException {
        String name = "atrium_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return switch (kind) {
            case H2 -> new TestDatabase(settings("jdbc:h2:mem:" + name, "sa", ""), null, null);
            case POSTGRESQL -> {
                String base = env("ATRIUM_TEST_POSTGRESQL_URL", "jdbc:postgresql://127.0.0.1:5432/test");
                String user = env("ATRIUM_TEST_POSTGRESQL_USER", "postgres");
                String password = env("ATRIUM_TEST_POSTGRESQL_PASSWORD", "");
                execute(base, user, password, "CREATE SCHEMA " + name);
                yield new TestDatabase(settings(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name,
                        user, password), base, "DROP SCHEMA " + name + " CASCADE");
            }
            case MARIADB -> {
                String server = env("ATRIUM_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/");
                String user = env("ATRIUM_TEST_MARIADB_USER", "root");
                String password = env("ATRIUM_TEST_MARIADB_PASSWORD", "");
                execute(server, user, password,
                        "CREATE DATABASE " + name + " CHARACTER SET latin1 COLLATE latin1_swedish_ci");
                yield new TestDatabase(settings(server + name + "?sessionVariables=time_zone='"
                        + MARIADB_SESSION_TIME_ZONE + "'", user, password), server, "DROP DATABASE " + name);
            }
        };
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() throws SQLException {
        if (dropStatement != null) {
            execute(adminUrl, settings.user(), settings.password(), dropStatement);
        }
    }

    private static List<DatabaseKind> parse(String names) {
        return Arrays.stream(names.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .map(name -> {
                    try {
                        return DatabaseKind.valueOf(name.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("ATRIUM_TEST_DATABASES lists '" + name
                                + "'; known: h2, postgresql, mariadb", e);
                    }
                })
                .distinct().toList();
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
