package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/** Plain-SQL helpers for the core tables: identifiers are written {@code `name`} and quoted for the database at hand. */
final class Sql {

    private static final Pattern IDENTIFIER = Pattern.compile("`([a-z_]+)`");

    private Sql() {
    }

    /** Replaces every {@code `name`} with the database's quoted identifier. */
    static String quoted(Connection connection, String sql) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString();
        Matcher names = IDENTIFIER.matcher(sql);
        return names.replaceAll(Matcher.quoteReplacement(quote) + "$1" + Matcher.quoteReplacement(quote));
    }

    /**
     * Runs one statement with its parameters in a transaction of its own.
     *
     * @param what what the statement does, for the message if it fails
     * @return how many rows it changed
     */
    static int update(DataSource dataSource, String what, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(quoted(connection, sql))) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            int rows = statement.executeUpdate();
            connection.commit();
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** Whether a failure is a duplicate key (SQLState class 23, integrity constraint violation). */
    static boolean isDuplicate(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
