package dev.atrium.app.bench;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The physical-limit baseline for benchmarks: a bare Jetty handler that reads a product row by id
 * over JDBC and writes it with Jackson, with nothing of Atrium in between. It seeds its own H2 file
 * with rows shaped like Atrium's products. Usage: {@code BareBaselineServer <dataDir> <port> <rows>}.
 */
public final class BareBaselineServer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BareBaselineServer() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        int rows = Integer.parseInt(args[2]);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + dataDir.resolve("baseline").toAbsolutePath());
        config.setUsername("sa");
        config.setMaximumPoolSize(10);
        HikariDataSource pool = new HikariDataSource(config);
        seed(pool, rows);
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String path = request.getHttpURI().getPath();
                String id = path.substring(path.lastIndexOf('/') + 1);
                Map<String, Object> row = read(pool, id);
                response.setStatus(row == null ? 404 : 200);
                response.getHeaders().put("Content-Type", "application/json");
                byte[] body = JSON.writeValueAsBytes(row == null ? Map.of("status", 404) : row);
                try (OutputStream out = Response.asBufferedOutputStream(request, response)) {
                    out.write(body);
                }
                callback.succeeded();
                return true;
            }
        });
        server.start();
        System.out.println("Baseline started at http://127.0.0.1:" + connector.getLocalPort());
        server.join();
    }

    private static Map<String, Object> read(HikariDataSource pool, String id) throws Exception {
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT * FROM product WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return null;
                }
                ResultSetMetaData meta = result.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = result.getObject(i);
                    row.put(meta.getColumnLabel(i).toLowerCase(), value == null ? null : value.toString());
                }
                return row;
            }
        }
    }

    private static void seed(HikariDataSource pool, int rows) throws Exception {
        try (Connection connection = pool.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS product (id VARCHAR(64) PRIMARY KEY, name VARCHAR(255), "
                    + "number VARCHAR(255), status VARCHAR(255), is_active BOOLEAN, price DOUBLE, ean VARCHAR(13), "
                    + "description CLOB, brand_id VARCHAR(64), deleted BOOLEAN, created_at TIMESTAMP, "
                    + "modified_at TIMESTAMP, created_by_id VARCHAR(64), modified_by_id VARCHAR(64))");
            try (ResultSet count = ddl.executeQuery("SELECT COUNT(*) FROM product")) {
                count.next();
                if (count.getLong(1) >= rows) {
                    return;
                }
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO product VALUES "
                    + "(?, ?, ?, 'draft', TRUE, 9.99, NULL, 'seeded', NULL, FALSE, NOW(), NOW(), NULL, NULL)")) {
                for (int i = 1; i <= rows; i++) {
                    String id = String.format("p-%07d", i);
                    insert.setString(1, id);
                    insert.setString(2, "Product " + i);
                    insert.setString(3, "N-" + i);
                    insert.addBatch();
                    if (i % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
        System.out.println("Baseline seeded " + rows + " rows");
    }
}
