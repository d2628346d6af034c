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
        try (Connection connection = dataSource.getConnection()) {
            String q = connection.getMetaData().getIdentifierQuoteString();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + q + "auth_log" + q + " (" + q + "id"
                    + q + ", " + q + "ip_address" + q + ", " + q + "user_name" + q + ", " + q + "success" + q + ", " + q
                    + "created_at" + q + ") VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, ipAddress);
                insert.setString(3, userName == null || userName.length() <= MAX_USER_NAME ? userName
                        : userName.substring(0, MAX_USER_NAME));
                insert.setBoolean(4, success);
                insert.setObject(5, at);
                insert.executeUpdate();
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a login attempt: " + e.getMessage(), e);
        }
    }

    @Override
    public int failuresSince(String ipAddress, LocalDateTime since) {
        try (Connection connection = dataSource.getConnection()) {
            String q = connection.getMetaData().getIdentifierQuoteString();
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + q + "auth_log" + q
                    + " WHERE " + q + "ip_address" + q + " = ? AND " + q + "success" + q + " = ? AND " + q + "created_at"
                    + q + " >= ?")) {
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
