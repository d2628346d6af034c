package dev.atrium.adapter.persistence;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import dev.atrium.application.port.out.RuntimeModel;
import dev.atrium.application.port.out.RuntimeModelStore;

/**
 * Reads the live rows of the tables behind {@code Entity} and {@code EntityField} on a connection of its own,
 * so it sees what is committed, and needs no mapping: it runs before the first catalog is built.
 */
final class JdbcRuntimeModelStore implements RuntimeModelStore {

    private final DataSource dataSource;

    JdbcRuntimeModelStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public RuntimeModel load() {
        try (Connection connection = dataSource.getConnection()) {
            try {
                List<Map<String, Object>> entities = rows(connection, "entity");
                List<Map<String, Object>> fields = rows(connection, "entity_field");
                connection.commit();
                return new RuntimeModel(entities, fields);
            } catch (SQLException e) {
                connection.rollback();
                if (tableExists(connection, "entity_field")) {
                    throw e;
                }
                return RuntimeModel.EMPTY;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the entities and fields created at runtime: " + e.getMessage(), e);
        }
    }

    private static List<Map<String, Object>> rows(Connection connection, String table) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(Sql.quoted(connection, "SELECT * FROM `" + table
                + "` WHERE `deleted` = ? ORDER BY `created_at`, `id`"))) {
            select.setBoolean(1, false);
            try (ResultSet result = select.executeQuery()) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        Object value = result.getObject(i);
                        if (value instanceof Clob) {
                            value = result.getString(i);
                        }
                        row.put(attribute(columns.getColumnLabel(i)), value);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** {@code foreign_entity_id} is {@code foreignEntityId}. */
    private static String attribute(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** In the schema Atrium works in: another schema of the same database may hold an Atrium of its own. */
    private static boolean tableExists(Connection connection, String table) throws SQLException {
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                    name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
