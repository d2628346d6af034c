package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.atrium.application.port.out.DataMigrationLog;

/**
 * Module data migrations in the core table {@code data_migration}. The lock is the one row of
 * {@code data_migration_lock}, held with {@code SELECT ... FOR UPDATE} on a connection of its own while
 * the migrations run on others; a second node blocks on it, then finds the work recorded.
 */
final class JdbcDataMigrationLog implements DataMigrationLog {

    private static final int MAX_DESCRIPTION = 255;

    private final DataSource dataSource;

    JdbcDataMigrationLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<String, Set<Integer>> applied() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(Sql.quoted(connection,
                     "SELECT `module_id`, `version` FROM `data_migration`"));
             ResultSet rows = select.executeQuery()) {
            Map<String, Set<Integer>> applied = new HashMap<>();
            while (rows.next()) {
                applied.computeIfAbsent(rows.getString(1), module -> new HashSet<>()).add(rows.getInt(2));
            }
            connection.commit();
            return applied;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read which data migrations ran: " + e.getMessage(), e);
        }
    }

    @Override
    public void record(String moduleId, int version, String description, LocalDateTime at) {
        Sql.update(dataSource, "record data migration " + version + " of module '" + moduleId + "'",
                "INSERT INTO `data_migration` (`module_id`, `version`, `description`, `applied_at`) VALUES (?, ?, ?, ?)",
                moduleId, version, description.length() <= MAX_DESCRIPTION ? description
                        : description.substring(0, MAX_DESCRIPTION), at);
    }

    @Override
    public <T> T exclusively(Supplier<T> work) {
        try (Connection lock = dataSource.getConnection()) {
            try (PreparedStatement select = lock.prepareStatement(Sql.quoted(lock,
                    "SELECT `id` FROM `data_migration_lock` WHERE `id` = 1 FOR UPDATE"));
                 ResultSet row = select.executeQuery()) {
                row.next();
            } catch (SQLException e) {
                lock.rollback();
                throw new IllegalStateException("cannot take the data migration lock (is another node running "
                        + "migrations?): " + e.getMessage(), e);
            }
            try {
                return work.get();
            } finally {
                lock.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the data migration lock: " + e.getMessage(), e);
        }
    }
}
