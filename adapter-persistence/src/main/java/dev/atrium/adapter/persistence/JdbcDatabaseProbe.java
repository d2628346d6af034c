package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import dev.atrium.application.port.out.DatabaseProbe;

/** Pings the database through the pool with a bounded wait. */
final class JdbcDatabaseProbe implements DatabaseProbe {

    private static final int VALID_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final DatabaseSettings settings;

    JdbcDatabaseProbe(DataSource dataSource, DatabaseSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    @Override
    public void ping() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALID_TIMEOUT_SECONDS)) {
                throw new IllegalStateException("database connection is not valid");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database unreachable: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        String url = settings.url().split("[?;]", 2)[0];
        return settings.kind().name().toLowerCase(Locale.ROOT) + " " + url;
    }
}
