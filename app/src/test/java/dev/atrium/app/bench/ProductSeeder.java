package dev.atrium.app.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * Fills Atrium's own {@code product} table (created by its migrations) with rows for benchmarks,
 * straight over JDBC: ids {@code p-0000001}..., the five statuses in turn, names in a shuffled order.
 * Usage: {@code ProductSeeder <jdbcUrl> <user> <password> <rows>}.
 */
public final class ProductSeeder {

    private static final String[] STATUSES = {"draft", "prepared", "reviewed", "notReady", "ready"};

    private ProductSeeder() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[3]);
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            connection.setAutoCommit(false);
            String quote = connection.getMetaData().getIdentifierQuoteString();
            String columns = String.join(", ", quoted(quote, "id", "name", "number", "status", "is_active", "price",
                    "description", "deleted", "deleted_key", "created_at", "modified_at"));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + quote + "product" + quote
                    + " (" + columns + ") VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, '', ?, ?)")) {
                Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 11, 28, 12, 0));
                for (int i = 1; i <= rows; i++) {
                    insert.setString(1, String.format("p-%07d", i));
                    insert.setString(2, String.format("Product %07d", (int) ((i * 7_919L) % 10_000_019L)));
                    insert.setString(3, "N-" + i);
                    insert.setString(4, STATUSES[i % STATUSES.length]);
                    insert.setBoolean(5, i % 2 == 0);
                    insert.setDouble(6, (i % 1000) / 10.0);
                    insert.setString(7, "seeded");
                    insert.setTimestamp(8, now);
                    insert.setTimestamp(9, now);
                    insert.addBatch();
                    if (i % 1000 == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            if (args[0].startsWith("jdbc:postgresql:")) {
                try (Statement analyze = connection.createStatement()) {
                    analyze.execute("ANALYZE product");
                    connection.commit();
                }
            }
        }
        System.out.printf("seeded %d products in %d ms%n", rows, (System.nanoTime() - started) / 1_000_000);
    }

    private static String[] quoted(String quote, String... names) {
        String[] result = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            result[i] = quote + names[i] + quote;
        }
        return result;
    }
}
