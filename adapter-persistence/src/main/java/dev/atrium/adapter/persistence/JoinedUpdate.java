package dev.atrium.adapter.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import dev.atrium.domain.metadata.FieldDefinition;

/**
 * Rows that change the same columns, updated on PostgreSQL by one statement: each column's new values
 * travel as one array, {@code UPDATE t SET c = v.c FROM unnest(?, ?) AS v(id, c) WHERE t.id = v.id}, the rows
 * locked first in the order of their ids.
 * A JDBC batch of single-row updates makes the server run every statement by itself, which costs it
 * more than the rows do; this is one statement of one shape per set of columns, whatever the row count.
 */
final class JoinedUpdate {

    private static final String VERSION = quoted(Columns.ROW_VERSION_COLUMN);

    private JoinedUpdate() {
    }

    static boolean applies(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }

    /**
     * @param rows id to the typed values of {@code fields}, by attribute
     * @param column a typed value as its column holds it (JSON as text)
     * @return false, having changed nothing, when a value has no text PostgreSQL reads back as the same
     *     value (a date before year 1 or after 9999); the caller then updates row by row
     */
    static boolean run(Connection connection, String table, List<FieldDefinition> fields,
            Map<String, Map<String, Object>> rows, BiFunction<FieldDefinition, Object, Object> column)
            throws SQLException {
        String[][] values = new String[fields.size()][rows.size()];
        for (int i = 0; i < fields.size(); i++) {
            FieldDefinition field = fields.get(i);
            int row = 0;
            for (Map<String, Object> changes : rows.values()) {
                Object value = column.apply(field, changes.get(field.attribute()));
                if (value instanceof LocalDate date && outside(date) || value instanceof LocalDateTime dateTime
                        && outside(dateTime.toLocalDate())) {
                    return false;
                }
                values[i][row++] = value == null ? null : value.toString();
            }
        }
        String columns = fields.stream().map(field -> quoted(Columns.name(field))).collect(Collectors.joining(", "));
        // The rows are locked first, in the order of their ids: the join locks them in an order of its own, and two
        // updates of overlapping rows (concurrent upserts of the same keys) would wait for each other until
        // PostgreSQL's deadlock check, a second later, ended one of them.
        String sql = fields.stream().map(field -> quoted(Columns.name(field)) + " = v." + quoted(Columns.name(field)))
                .collect(Collectors.joining(", ", "WITH locked AS MATERIALIZED (SELECT \"id\" FROM " + quoted(table)
                        + " WHERE \"id\" = ANY(CAST(? AS text[])) ORDER BY \"id\" FOR UPDATE) UPDATE " + quoted(table)
                        + " AS t SET ", ", " + VERSION + " = COALESCE(t." + VERSION + ", 0) + 1 FROM unnest(CAST(? AS text[]), "
                        + fields.stream().map(field -> "CAST(? AS " + type(field) + "[])").collect(Collectors.joining(", "))
                        + ") AS v(\"id\", " + columns + ") WHERE t.\"id\" = v.\"id\" AND t.\"id\" IN (SELECT \"id\" FROM locked)"));
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            Array ids = connection.createArrayOf("text", rows.keySet().toArray(String[]::new));
            update.setArray(1, ids);
            update.setArray(2, ids);
            for (int i = 0; i < fields.size(); i++) {
                update.setArray(i + 3, connection.createArrayOf("text", values[i]));
            }
            update.executeUpdate();
        }
        return true;
    }

    /** Java writes such years with a sign, which PostgreSQL does not read. */
    private static boolean outside(LocalDate date) {
        return date.getYear() < 1 || date.getYear() > 9999;
    }

    private static String quoted(String identifier) {
        return '"' + identifier + '"';
    }

    /**
     * The PostgreSQL type the column's values are cast to from their text: Java's own text of a
     * boolean, number, date or date-time is what PostgreSQL reads back exactly.
     */
    private static String type(FieldDefinition field) {
        return switch (field.type().storage()) {
            case STRING, TEXT, JSON -> "text";
            case BOOLEAN -> "boolean";
            case LONG -> "bigint";
            case DOUBLE -> "double precision";
            case DATE -> "date";
            case DATETIME -> "timestamp";
            case NONE -> throw new IllegalArgumentException("field " + field.name() + " has no column");
        };
    }
}
