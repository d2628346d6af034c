package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** Whether a failure is a duplicate key (SQLState class 23, integrity constraint violation). */
    static boolean isDuplicate(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
