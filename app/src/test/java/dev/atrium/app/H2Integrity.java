package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an H2 file the way its indexes see it: every secondary index of a table must hold exactly the
 * rows the table holds. A crash that leaves part of an unfinished transaction behind shows here first,
 * as index entries without rows (later a unique violation or a lock wait on a row nobody holds).
 */
final class H2Integrity {

    private H2Integrity() {
    }

    static void assertIndexesMatchTables(String url, String... tables) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            for (String table : tables) {
                long rows = count(connection, "SELECT COUNT(*) FROM \"" + table + "\"");
                for (String[] index : textIndexes(connection, table)) {
                    String column = "\"" + index[1] + "\"";
                    long indexed = count(connection, "SELECT COUNT(*) FROM \"" + table + "\" USE INDEX (\"" + index[0]
                            + "\") WHERE " + column + " >= ''") + count(connection, "SELECT COUNT(*) FROM \"" + table
                            + "\" WHERE " + column + " IS NULL");
                    assertThat(indexed).as("rows of %s seen through index %s", table, index[0]).isEqualTo(rows);
                }
            }
        }
    }

    /** The secondary indexes of the table whose first column is text: name and first column. */
    private static List<String[]> textIndexes(Connection connection, String table) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT i.INDEX_NAME, c.COLUMN_NAME "
                + "FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c "
                + "ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME AND c.ORDINAL_POSITION = 1 "
                + "JOIN INFORMATION_SCHEMA.COLUMNS col ON col.TABLE_SCHEMA = i.TABLE_SCHEMA "
                + "AND col.TABLE_NAME = i.TABLE_NAME AND col.COLUMN_NAME = c.COLUMN_NAME "
                + "WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.TABLE_NAME = ? AND i.INDEX_TYPE_NAME <> 'PRIMARY KEY' "
                + "AND col.DATA_TYPE = 'CHARACTER VARYING'")) {
            select.setString(1, table);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    indexes.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
        }
        assertThat(indexes).as("text indexes of %s", table).isNotEmpty();
        return indexes;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
