package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;

import javax.sql.DataSource;

import dev.atrium.application.port.out.IdempotencyStore;

/**
 * Idempotency keys in the core table {@code idempotency_key}: the primary key (user, key) makes the
 * first request's claim win, so two concurrent repeats never both run.
 */
final class JdbcIdempotencyStore implements IdempotencyStore {

    private final DataSource dataSource;

    JdbcIdempotencyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Entry> claim(String userId, String key, String requestDigest, LocalDateTime now) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(Sql.quoted(connection, "INSERT INTO "
                    + "`idempotency_key` (`user_id`, `request_key`, `request_digest`, `created_at`) VALUES (?, ?, ?, ?)"))) {
                insert.setString(1, userId);
                insert.setString(2, key);
                insert.setString(3, requestDigest);
                insert.setObject(4, now);
                insert.executeUpdate();
                connection.commit();
                return Optional.empty();
            } catch (SQLException e) {
                connection.rollback();
                if (!Sql.isDuplicate(e)) {
                    throw e;
                }
            }
            try (PreparedStatement select = connection.prepareStatement(Sql.quoted(connection, "SELECT `request_digest`, "
                    + "`status`, `response`, `created_at` FROM `idempotency_key` WHERE `user_id` = ? AND `request_key` = ?"))) {
                select.setString(1, userId);
                select.setString(2, key);
                try (ResultSet row = select.executeQuery()) {
                    Optional<Entry> entry = row.next() ? Optional.of(new Entry(row.getString(1),
                            (Integer) row.getObject(2, Integer.class), row.getString(3),
                            row.getObject(4, LocalDateTime.class))) : Optional.empty();
                    connection.commit();
                    return entry.isPresent() ? entry : claim(userId, key, requestDigest, now);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim an idempotency key: " + e.getMessage(), e);
        }
    }

    @Override
    public void answer(String userId, String key, int status, String response) {
        Sql.update(dataSource, "write an idempotency key",
                "UPDATE `idempotency_key` SET `status` = ?, `response` = ? WHERE `user_id` = ? AND `request_key` = ?",
                status, response, userId, key);
    }

    @Override
    public void release(String userId, String key) {
        Sql.update(dataSource, "write an idempotency key",
                "DELETE FROM `idempotency_key` WHERE `user_id` = ? AND `request_key` = ?", userId, key);
    }

    @Override
    public void expire(LocalDateTime before) {
        Sql.update(dataSource, "write an idempotency key",
                "DELETE FROM `idempotency_key` WHERE `created_at` < ?", before);
    }
}
