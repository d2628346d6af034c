import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2 alone, no Atrium: {@code write URL} writes rounds of 1,000 products and their 3,000 link rows, one
 * transaction each, until it is killed; {@code check URL} tells whether the file kept only whole rounds
 * and whether every index holds exactly its table's rows (ADR 17).
 */
public class H2Kill {

    public static void main(String[] args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(args[1], "sa", "")) {
            if (args[0].equals("check")) {
                check(connection);
            } else {
                write(connection);
            }
        }
    }

    private static void write(Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS p(id VARCHAR(64) PRIMARY KEY, n INT)");
            ddl.execute("CREATE TABLE IF NOT EXISTS pc(id VARCHAR(64) PRIMARY KEY, product_id VARCHAR(64), "
                    + "category_id VARCHAR(64), deleted_key VARCHAR(64))");
            ddl.execute("CREATE UNIQUE INDEX IF NOT EXISTS uq_pc ON pc(product_id, category_id, deleted_key)");
            ddl.execute("CREATE INDEX IF NOT EXISTS ix_pc_p ON pc(product_id)");
            ddl.execute("CREATE INDEX IF NOT EXISTS ix_pc_c ON pc(category_id)");
        }
        connection.setAutoCommit(false);
        String run = Long.toString(System.nanoTime(), 36);
        long link = 0;
        for (int round = 0; ; round++) {
            try (PreparedStatement products = connection.prepareStatement("INSERT INTO p VALUES (?, ?)");
                 PreparedStatement links = connection.prepareStatement("INSERT INTO pc VALUES (?, ?, ?, '')")) {
                for (int n = 0; n < 1000; n++) {
                    String id = run + "-" + round + "-" + n;
                    products.setString(1, id);
                    products.setInt(2, n);
                    products.addBatch();
                    for (int k = 0; k <= n % 5; k++) {
                        links.setString(1, run + "-l" + link++);
                        links.setString(2, id);
                        links.setString(3, "cat-" + k);
                        links.executeUpdate();
                    }
                }
                products.executeBatch();
            }
            connection.commit();
            System.out.println("committed round " + round);
        }
    }

    private static void check(Connection connection) throws SQLException {
        long products = count(connection, "SELECT COUNT(*) FROM p");
        long links = count(connection, "SELECT COUNT(*) FROM pc");
        long unique = count(connection, "SELECT COUNT(*) FROM pc USE INDEX (uq_pc) WHERE product_id >= ''");
        long byProduct = count(connection, "SELECT COUNT(*) FROM pc USE INDEX (ix_pc_p) WHERE product_id >= ''");
        long byCategory = count(connection, "SELECT COUNT(*) FROM pc USE INDEX (ix_pc_c) WHERE category_id >= ''");
        long partial = count(connection, "SELECT COUNT(*) FROM p WHERE (SELECT COUNT(*) FROM pc "
                + "WHERE pc.product_id = p.id) <> 1 + MOD(p.n, 5)");
        long orphans = count(connection, "SELECT COUNT(*) FROM pc WHERE NOT EXISTS (SELECT 1 FROM p "
                + "WHERE p.id = pc.product_id)");
        boolean whole = products % 1000 == 0 && partial == 0 && orphans == 0 && unique == links
                && byProduct == links && byCategory == links;
        System.out.println("products=" + products + " links=" + links + " uq_pc=" + unique + " ix_pc_p=" + byProduct
                + " ix_pc_c=" + byCategory + " partial=" + partial + " orphans=" + orphans
                + (whole ? " OK" : " BROKEN"));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
