package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The fingerprint of the schema the database was last migrated to, in the core table
 * {@code atrium_schema_state}. When it matches what this node needs, start-up skips Liquibase
 * entirely; when it does not (or the table is not there yet), the migrations run and record it.
 */
final class SchemaState {

    private static final String KEY = "entities";

    private final DataSource dataSource;
    private final Clock clock;

    SchemaState(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The recorded fingerprint; empty before the first migration created the table. */
    Optional<String> recorded() {
        try (Connection connection = dataSource.getConnection()) {
            String quote = connection.getMetaData().getIdentifierQuoteString();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + q(quote, "fingerprint") + " FROM "
                    + q(quote, "atrium_schema_state") + " WHERE " + q(quote, "name") + " = ?")) {
                select.setString(1, KEY);
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
                }
            } catch (SQLException noTableYet) {
                connection.rollback();
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schema state: " + e.getMessage(), e);
        }
    }

    void record(String fingerprint) {
        try (Connection connection = dataSource.getConnection()) {
            String quote = connection.getMetaData().getIdentifierQuoteString();
            String table = q(quote, "atrium_schema_state");
            LocalDateTime now = LocalDateTime.now(clock);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE " + q(quote, "name") + " = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " ("
                         + q(quote, "name") + ", " + q(quote, "fingerprint") + ", " + q(quote, "applied_at")
                         + ") VALUES (?, ?, ?)")) {
                delete.setString(1, KEY);
                delete.executeUpdate();
                insert.setString(1, KEY);
                insert.setString(2, fingerprint);
                insert.setObject(3, now);
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                if (!recorded().filter(fingerprint::equals).isPresent()) {
                    throw e;
                }
                // another node recorded the same fingerprint at the same moment
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the schema state: " + e.getMessage(), e);
        }
    }

    private static String q(String quote, String identifier) {
        return quote + identifier + quote;
    }
}
