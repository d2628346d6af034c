package dev.atrium.app.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The raw-JDBC baseline of the upsert benchmark: the same rows as {@link UpsertLoad} into a table of
 * the same shape as Atrium's product table (its columns and its indexes, as each index costs every
 * insert and every update of its columns), with {@code INSERT ... ON CONFLICT} (PostgreSQL) or {@code MERGE} (H2), batched by
 * {@code batch}, committed per batch, after preloading the half that is updated and {@code extra} rows
 * more: as many as Atrium's table held besides, from its warm-up rounds, since a table's size decides
 * how much of it the database's buffers hold and how many pages a write touches first after a checkpoint.
 * Usage: {@code RawUpsertBaseline <jdbcUrl> <user> <password> <rows> <batch> [extra]}.
 */
public final class RawUpsertBaseline {

    /** The columns of Atrium's product table, as its generated changeset creates them. */
    private static final List<String> TABLE = List.of("id VARCHAR(64) PRIMARY KEY", "deleted BOOLEAN NOT NULL",
            "created_at TIMESTAMP", "modified_at TIMESTAMP", "created_by_id VARCHAR(64)", "modified_by_id VARCHAR(64)",
            "deleted_key VARCHAR(64) NOT NULL", "name VARCHAR(255)", "number VARCHAR(255)", "status VARCHAR(255)",
            "is_active BOOLEAN", "price DOUBLE PRECISION", "price_currency VARCHAR(255)", "quantity BIGINT",
            "ean VARCHAR(13)", "mpn VARCHAR(100)", "tag TEXT", "data TEXT", "description TEXT", "long_description TEXT",
            "brand_id VARCHAR(255)", "owner_user_id VARCHAR(255)", "assigned_user_id VARCHAR(255)");
    /**
     * Its secondary indexes, as Atrium creates them: link columns and indexed fields each with the id (a
     * page filtered on one is read in the id's order), the default order, and status with name. Each with
     * the id is unique and so several times the size of an index of the column alone, which PostgreSQL
     * stores deduplicated: a baseline without the ids wrote about half the index pages per row.
     */
    private static final List<String> INDEXES = List.of("assigned_user_id, id", "brand_id, id", "number, id", "name, id",
            "owner_user_id, id", "status, id", "status, name");

    /** Connections writing at once (system property {@code clients}, default 1), as the Atrium run's clients. */
    private static final int WRITERS = Integer.getInteger("clients", 1);

    private RawUpsertBaseline() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[3]);
        int batch = Integer.parseInt(args[4]);
        int extra = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        boolean postgres = args[0].startsWith("jdbc:postgresql:");
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            if (postgres) {
                sameIndexesAsAtrium(connection);
            }
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS product_raw");
                ddl.execute("CREATE TABLE product_raw (" + String.join(", ", TABLE) + ")");
                for (String index : INDEXES) {
                    ddl.execute("CREATE INDEX ix_product_raw_" + index.replaceAll("[^a-z]+", "_") + " ON product_raw ("
                            + index + ")");
                }
            }
            connection.setAutoCommit(false);
            String columns = "id, name, number, status, is_active, price, description, deleted, deleted_key, created_at, "
                    + "modified_at";
            String values = "?, ?, ?, ?, ?, ?, ?, FALSE, '', ?, ?";
            String upsert = postgres
                    ? "INSERT INTO product_raw (" + columns + ") VALUES (" + values + ") ON CONFLICT (id) DO UPDATE SET "
                    + "name = EXCLUDED.name, number = EXCLUDED.number, status = EXCLUDED.status, is_active = "
                    + "EXCLUDED.is_active, price = EXCLUDED.price, description = EXCLUDED.description, modified_at = "
                    + "EXCLUDED.modified_at"
                    : "MERGE INTO product_raw (" + columns + ") KEY (id) VALUES (" + values + ")";
            try (PreparedStatement statement = connection.prepareStatement(upsert)) {
                // the warm-up rounds' rows, then the seeded half
                for (int k = 0; k < extra + rows / 2; k++) {
                    add(statement, k < extra ? warmUpRow(k, rows) : UpsertLoad.seeded(k - extra + 1));
                    if ((k + 1) % batch == 0) {
                        statement.executeBatch();
                        connection.commit();
                    }
                }
                statement.executeBatch();
                connection.commit();
                if (postgres) {
                    // both runs start on a vacuumed table right after a checkpoint (upsert.sh does it for Atrium's)
                    connection.setAutoCommit(true);
                    try (Statement maintenance = connection.createStatement()) {
                        maintenance.execute("VACUUM ANALYZE product_raw");
                        maintenance.execute("CHECKPOINT");
                    }
                    connection.setAutoCommit(false);
                }
            }
            AtomicInteger nextBatch = new AtomicInteger();
            // the writers' connections are open before the clock starts, as Atrium's pooled ones are, and close after
            // the CPU is counted: a closed connection's backend takes its CPU time with it until PostgreSQL reaps it
            List<Connection> connections = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                connections.add(DriverManager.getConnection(args[0], args[1], args[2]));
            }
            List<Thread> writers = new ArrayList<>();
            ProcessCpu.Sample before = ProcessCpu.Sample.take(-1);
            long started = System.nanoTime();
            for (Connection writing : connections) {
                Thread writer = new Thread(() -> write(writing, upsert, rows, batch, nextBatch));
                writer.start();
                writers.add(writer);
            }
            for (Thread writer : writers) {
                writer.join();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            String cpu = ProcessCpu.Sample.take(-1).perItem(before, rows);
            for (Connection writing : connections) {
                writing.close();
            }
            System.out.printf("raw JDBC upsert: %d items in %.1f s = %.0f items/s; %s%n", rows, seconds, rows / seconds,
                    cpu);
        }
    }

    /** Row {@code k} of those Atrium's warm-up rounds left: the measured run's values, under an id of its own. */
    private static Map<String, Object> warmUpRow(int k, int rows) {
        Map<String, Object> row = new HashMap<>(UpsertLoad.payload(k % rows + 1, rows));
        row.put("id", String.format("w-%09d", k));
        return row;
    }

    /** Refuses to measure against other indexes than those of Atrium's product table in the same database. */
    private static void sameIndexesAsAtrium(Connection connection) throws Exception {
        List<String> atrium = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet indexes = query.executeQuery("SELECT indexdef FROM pg_indexes WHERE tablename = 'product'")) {
            while (indexes.next()) {
                String definition = indexes.getString(1);
                atrium.add(definition.substring(definition.lastIndexOf('(') + 1, definition.lastIndexOf(')')));
            }
        }
        List<String> raw = new ArrayList<>(INDEXES);
        raw.add("id");
        if (!atrium.isEmpty() && !Set.copyOf(atrium).equals(Set.copyOf(raw))) {
            throw new IllegalStateException("Atrium's product table has the indexes " + atrium + ", the baseline " + raw);
        }
    }

    /** One writer: its own connection, taking the next batch of items until none is left. */
    private static void write(Connection connection, String upsert, int rows, int batch, AtomicInteger nextBatch) {
        try (PreparedStatement statement = connection.prepareStatement(upsert)) {
            connection.setAutoCommit(false);
            for (int from = nextBatch.getAndIncrement() * batch + 1; from <= rows;
                 from = nextBatch.getAndIncrement() * batch + 1) {
                for (int i = from; i < Math.min(rows + 1, from + batch); i++) {
                    add(statement, UpsertLoad.payload(i, rows));
                }
                statement.executeBatch();
                connection.commit();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(PreparedStatement statement, Map<String, Object> row) throws Exception {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        statement.setString(1, (String) row.get("id"));
        statement.setString(2, (String) row.get("name"));
        statement.setString(3, (String) row.get("number"));
        statement.setString(4, (String) row.get("status"));
        statement.setBoolean(5, (Boolean) row.get("isActive"));
        statement.setDouble(6, ((Number) row.get("price")).doubleValue());
        statement.setString(7, (String) row.get("description"));
        statement.setTimestamp(8, now);
        statement.setTimestamp(9, now);
        statement.addBatch();
    }
}
