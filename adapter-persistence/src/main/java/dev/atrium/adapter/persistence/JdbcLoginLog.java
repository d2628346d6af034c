package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import dev.atrium.application.port.out.LoginLog;

/** Login attempts in the core table {@code auth_log}, over plain JDBC (it is no entity of the catalog). */
final class JdbcLoginLog implements LoginLog {

    private static final int MAX_USER_NAME = 100;

    private final DataSource dataSource;

    JdbcLoginLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(String ipAddress, String userName, boolean success, LocalDateTime at) {
        Sql.update(dataSource, "record a login attempt", "INSERT INTO `auth_log` (`id`, `ip_address`, `user_name`, "
                + "`success`, `created_at`) VALUES (?, ?, ?, ?, ?)", UUID.randomUUID().toString(), ipAddress,
                userName == null || userName.length() <= MAX_USER_NAME ? userName : userName.substring(0, MAX_USER_NAME),
                success, at);
    }

    @Override
    public int failuresSince(String ipAddress, LocalDateTime since) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement count = connection.prepareStatement(Sql.quoted(connection, "SELECT COUNT(*) FROM "
                    + "`auth_log` WHERE `ip_address` = ? AND `success` = ? AND `created_at` >= ?"))) {
                count.setString(1, ipAddress);
                count.setBoolean(2, false);
                count.setObject(3, since);
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    int failures = result.getInt(1);
                    connection.commit();
                    return failures;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count login attempts: " + e.getMessage(), e);
        }
    }
}
