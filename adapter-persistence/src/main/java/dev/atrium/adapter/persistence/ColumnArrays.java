package dev.atrium.adapter.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import dev.atrium.domain.metadata.FieldDefinition;

/**
 * Many rows written on PostgreSQL by one statement of one shape, whatever their count: each column's values
 * travel as one array, {@code unnest(?, ?, ...)}, cast from their text. A JDBC batch makes the server bind and
 * run a statement per row, or, rewritten into multi-row inserts, several statements of thousands of parameters
 * each, which costs the server and the driver more than the rows do.
 */
final class ColumnArrays {

    private static final String VERSION = quoted(Columns.ROW_VERSION_COLUMN);

    private ColumnArrays() {
    }

    static boolean applies(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }

    /**
     * {@code INSERT INTO t (c, ..., deleted_key) SELECT v.c, ..., '' FROM unnest(?, ...) AS v(c, ...)}.
     *
     * @param rows the typed values of {@code fields}, by attribute, a row each
     * @param column a typed value as its column holds it (JSON as text)
     * @return false, having written nothing, when a value has no text PostgreSQL reads back as the same value
     *     (a date before year 1 or after 9999); the caller then writes otherwise
     */
    static boolean insert(Connection connection, String table, List<FieldDefinition> fields,
            List<Map<String, Object>> rows, BiFunction<FieldDefinition, Object, Object> column) throws SQLException {
        String[][] texts = texts(fields, rows, column);
        if (texts == null) {
            return false;
        }
        // a column no row has a value for is left out: null is what it gets (only deleted and deleted_key have
        // a default, and every row holds deleted), and its array would cost the driver and the server as much as
        // one with values
        List<FieldDefinition> filled = new ArrayList<>(fields.size());
        List<String[]> values = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            if (Arrays.stream(texts[i]).anyMatch(Objects::nonNull)) {
                filled.add(fields.get(i));
                values.add(texts[i]);
            }
        }
        String columns = columns(filled, "");
        String sql = "INSERT INTO " + quoted(table) + " (" + columns + ", " + quoted(Columns.DELETED_KEY_COLUMN)
                + ") SELECT " + columns(filled, "v.") + ", '' FROM " + unnest(filled, false) + " AS v(" + columns + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < filled.size(); i++) {
                insert.setArray(i + 1, connection.createArrayOf("text", values.get(i)));
            }
            insert.executeUpdate();
        }
        return true;
    }

    /**
     * {@code UPDATE t SET c = v.c FROM unnest(?, ?, ...) AS v(id, c, ...) WHERE t.id = v.id}, the rows locked
     * first in the order of their ids.
     *
     * @param rows id to the typed values of {@code fields}, by attribute
     * @return false as {@link #insert}
     */
    static boolean update(Connection connection, String table, List<FieldDefinition> fields,
            Map<String, Map<String, Object>> rows, BiFunction<FieldDefinition, Object, Object> column)
            throws SQLException {
        String[][] values = texts(fields, rows.values(), column);
        if (values == null) {
            return false;
        }
        // The rows are locked first, in the order of their ids: the join locks them in an order of its own, and two
        // updates of overlapping rows (concurrent upserts of the same keys) would wait for each other until
        // PostgreSQL's deadlock check, a second later, ended one of them.
        String sql = fields.stream().map(field -> quoted(Columns.name(field)) + " = v." + quoted(Columns.name(field)))
                .collect(Collectors.joining(", ", "WITH locked AS MATERIALIZED (SELECT \"id\" FROM " + quoted(table)
                        + " WHERE \"id\" = ANY(CAST(? AS text[])) ORDER BY \"id\" FOR UPDATE) UPDATE " + quoted(table)
                        + " AS t SET ", ", " + VERSION + " = COALESCE(t." + VERSION + ", 0) + 1 FROM "
                        + unnest(fields, true) + " AS v(\"id\", " + columns(fields, "") + ") WHERE t.\"id\" = v.\"id\""
                        + " AND t.\"id\" IN (SELECT \"id\" FROM locked)"));
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

    /** Each field's values as text, a row each; null when one has no text PostgreSQL reads as the same value. */
    private static String[][] texts(List<FieldDefinition> fields, Collection<Map<String, Object>> rows,
            BiFunction<FieldDefinition, Object, Object> column) {
        String[][] values = new String[fields.size()][rows.size()];
        for (int i = 0; i < fields.size(); i++) {
            FieldDefinition field = fields.get(i);
            String attribute = field.attribute();
            int row = 0;
            for (Map<String, Object> changes : rows) {
                Object value = column.apply(field, changes.get(attribute));
                if (value instanceof LocalDate date && outside(date) || value instanceof LocalDateTime dateTime
                        && outside(dateTime.toLocalDate())) {
                    return null;
                }
                values[i][row++] = value == null ? null : value.toString();
            }
        }
        return values;
    }

    private static String columns(List<FieldDefinition> fields, String prefix) {
        return fields.stream().map(field -> prefix + quoted(Columns.name(field))).collect(Collectors.joining(", "));
    }

    /** {@code unnest(CAST(? AS type[]), ...)}, after one text array of ids when {@code ids}. */
    private static String unnest(List<FieldDefinition> fields, boolean ids) {
        return fields.stream().map(field -> "CAST(? AS " + type(field) + "[])")
                .collect(Collectors.joining(", ", "unnest(" + (ids ? "CAST(? AS text[]), " : ""), ")"));
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
