package dev.atrium.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.atrium.domain.record.ValueConverter;

/**
 * Everything an operator can set, read from environment variables ({@code ATRIUM_PORT}) or the
 * matching system properties ({@code atrium.port}); a system property wins.
 */
public record AtriumSettings(
        String host,
        int port,
        Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        int dbPoolSize,
        Duration dbConnectionTimeout,
        long maxBodyBytes,
        int defaultPageSize,
        int maxPageSize,
        String adminPassword,
        int tokenLifetimeHours,
        int tokenIdleHours,
        int bcryptCost,
        int maxUpsertItems,
        boolean jobWorker,
        List<String> languages,
        boolean strictInput,
        Path modulesDir,
        boolean seedDemo) {

    public static AtriumSettings fromEnvironment() {
        return from(SettingSources.embedded());
    }

    /** @param lookup gives the value of a setting by its environment name, or null */
    public static AtriumSettings from(UnaryOperator<String> lookup) {
        Path dataDir = Path.of(value(lookup, "ATRIUM_DATA_DIR", "atrium-data")).toAbsolutePath().normalize();
        String defaultUrl = "jdbc:h2:file:" + dataDir.resolve("atrium").toString().replace('\\', '/');
        return new AtriumSettings(
                value(lookup, "ATRIUM_HOST", "127.0.0.1"),
                integer(lookup, "ATRIUM_PORT", 8080),
                dataDir,
                value(lookup, "ATRIUM_DB_URL", defaultUrl),
                value(lookup, "ATRIUM_DB_USER", "sa"),
                value(lookup, "ATRIUM_DB_PASSWORD", ""),
                integer(lookup, "ATRIUM_DB_POOL_SIZE", 10),
                Duration.ofMillis(integer(lookup, "ATRIUM_DB_CONNECTION_TIMEOUT_MS", 5000)),
                integer(lookup, "ATRIUM_MAX_BODY_BYTES", 16 * 1024 * 1024),
                integer(lookup, "ATRIUM_DEFAULT_PAGE_SIZE", 200),
                integer(lookup, "ATRIUM_MAX_PAGE_SIZE", 1000),
                password(lookup, "ATRIUM_ADMIN_PASSWORD"),
                integer(lookup, "ATRIUM_TOKEN_LIFETIME_HOURS", 0),
                integer(lookup, "ATRIUM_TOKEN_IDLE_HOURS", 48),
                integer(lookup, "ATRIUM_BCRYPT_COST", 10),
                integer(lookup, "ATRIUM_UPSERT_MAX_ITEMS", 10_000),
                !"false".equalsIgnoreCase(value(lookup, "ATRIUM_JOB_WORKER", "true")),
                list(value(lookup, "ATRIUM_LANGUAGES", "")),
                "true".equalsIgnoreCase(value(lookup, "ATRIUM_STRICT_INPUT", "false")),
                Path.of(value(lookup, "ATRIUM_MODULES_DIR", dataDir.resolve("modules").toString())).toAbsolutePath()
                        .normalize(),
                "true".equalsIgnoreCase(value(lookup, "ATRIUM_SEED_DEMO", "false")));
    }

    public static AtriumSettings from(Map<String, String> values) {
        return from(values::get);
    }

    /** Whether the database is the embedded H2 file in the data directory. */
    public boolean usesEmbeddedDatabase() {
        return dbUrl.startsWith("jdbc:h2:file:" + dataDir.toString().replace('\\', '/'));
    }

    @Override
    public String toString() {
        return "AtriumSettings[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", dbUrl=" + dbUrl
                + ", dbUser=" + dbUser + ", dbPoolSize=" + dbPoolSize + ", modulesDir=" + modulesDir + "]";
    }

    private static String value(UnaryOperator<String> lookup, String name, String fallback) {
        String value = lookup.apply(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** A password longer than bcrypt reads would be refused by the user's validation, and the admin never made. */
    private static String password(UnaryOperator<String> lookup, String name) {
        String value = value(lookup, name, null);
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > ValueConverter.MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException(name + " is longer than " + ValueConverter.MAX_PASSWORD_BYTES
                    + " bytes (UTF-8), the most a password may have");
        }
        return value;
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    private static int integer(UnaryOperator<String> lookup, String name, int fallback) {
        String value = value(lookup, name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'", e);
        }
    }
}
