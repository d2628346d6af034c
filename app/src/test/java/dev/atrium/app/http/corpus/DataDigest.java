package dev.atrium.app.http.corpus;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A fingerprint of every row of every table, read through JDBC: per table the row count and an
 * order-independent sum of row hashes. Two equal digests mean no row was added, removed or changed.
 * Left out is what a refused request may rightly touch: the log of failed logins and a token's
 * last-use time, with the version that writing it moves.
 */
final class DataDigest {

    private static final Set<String> SKIPPED_TABLES = Set.of("auth_log");
    private static final Set<String> SKIPPED_COLUMNS = Set.of("auth_token.last_access", "auth_token.row_version");

    private final Connection connection;

    DataDigest(Connection connection) {
        this.connection = connection;
    }

    /** @return by table name, its row count and hash, e.g. {@code product=3/5e1f...} */
    Map<String, String> take() {
        try {
            Map<String, String> digest = new TreeMap<>();
            for (String table : tables()) {
                digest.put(table.toLowerCase(Locale.ROOT), table(table));
            }
            connection.commit();
            return digest;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database: " + e.getMessage(), e);
        }
    }

    private List<String> tables() throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (!SKIPPED_TABLES.contains(name.toLowerCase(Locale.ROOT))) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private String table(String table) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        long count = 0;
        long sum = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + quote + table + quote)) {
            ResultSetMetaData columns = rows.getMetaData();
            List<Integer> hashed = new ArrayList<>();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                String name = (table + "." + columns.getColumnName(i)).toLowerCase(Locale.ROOT);
                if (!SKIPPED_COLUMNS.contains(name)) {
                    hashed.add(i);
                }
            }
            while (rows.next()) {
                long row = 1125899906842597L;
                for (int column : hashed) {
                    row = 31 * row + column * 7919L + hash(rows.getString(column));
                }
                sum += mix(row);
                count++;
            }
        }
        return count + "/" + Long.toHexString(sum);
    }

    private static long hash(String value) {
        if (value == null) {
            return 0x9e3779b97f4a7c15L;
        }
        long h = 1469598103934665603L;
        for (int i = 0; i < value.length(); i++) {
            h = (h ^ value.charAt(i)) * 1099511628211L;
        }
        return h;
    }

    /** Spreads a row's hash over all 64 bits, so that summing rows does not cancel out similar ones. */
    private static long mix(long value) {
        long z = value + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
