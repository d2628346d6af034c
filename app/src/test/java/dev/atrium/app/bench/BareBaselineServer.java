package dev.atrium.app.bench;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
 * The physical-limit baseline of the GET-by-id benchmark: a bare Jetty handler that does the reads a
 * single-record answer needs, in one hand-written statement over Atrium's own {@code product} table
 * (the row, the names behind its belongs-to links, the ids and names of its seven to-many links), and
 * writes the row with Jackson; nothing of Atrium in between. PostgreSQL or H2.
 * Usage: {@code BareBaselineServer <jdbcUrl> <user> <password> <port>}.
 */
public final class BareBaselineServer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> AGGREGATES = Set.of("categories", "channels", "classifications", "parents",
            "children", "teams", "attribute_values");

    private BareBaselineServer() {
    }

    public static void main(String[] args) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setUsername(args[1]);
        config.setPassword(args[2]);
        config.setMaximumPoolSize(10);
        HikariDataSource pool = new HikariDataSource(config);
        String sql = sql(args[0].startsWith("jdbc:postgresql:"));
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(Integer.parseInt(args[3]));
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String path = request.getHttpURI().getPath();
                Map<String, Object> row = read(pool, sql, path.substring(path.lastIndexOf('/') + 1));
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

    /**
     * The row with its linked names and to-many links aggregated as JSON, as Atrium reads it. Identifiers
     * are quoted, as Atrium's migrations create them in lower case (H2 folds unquoted ones to upper case).
     */
    static String sql(boolean postgresql) {
        return "SELECT p.*, " + name("brand", "brand_id") + " AS brand_name, "
                + name("user", "owner_user_id") + " AS owner_user_name, "
                + name("user", "assigned_user_id") + " AS assigned_user_name, "
                + linked("product_category", "product_id", "category_id", "category", postgresql) + " AS categories, "
                + linked("product_channel", "product_id", "channel_id", "channel", postgresql) + " AS channels, "
                + linked("product_classification", "product_id", "classification_id", "classification", postgresql)
                + " AS classifications, "
                + linked("product_hierarchy", "child_id", "parent_id", "product", postgresql) + " AS parents, "
                + linked("product_hierarchy", "parent_id", "child_id", "product", postgresql) + " AS children, "
                + linked("product_team", "product_id", "team_id", "team", postgresql) + " AS teams, "
                + "(SELECT " + (postgresql ? "json_agg(r.\"id\" ORDER BY r.\"id\")" : "JSON_ARRAYAGG(r.\"id\" ORDER BY r.\"id\")")
                + " FROM \"product_attribute_value\" r WHERE r.\"product_id\" = p.\"id\" AND r.\"deleted\" = FALSE)"
                + " AS attribute_values FROM \"product\" p WHERE p.\"id\" = ? AND p.\"deleted\" = FALSE";
    }

    private static String name(String table, String key) {
        return "(SELECT t.\"name\" FROM \"" + table + "\" t WHERE t.\"id\" = p.\"" + key + "\" AND t.\"deleted\" = FALSE)";
    }

    private static String linked(String relation, String ownKey, String otherKey, String target, boolean postgresql) {
        String other = "r.\"" + otherKey + "\"";
        String pair = postgresql ? "json_agg(json_build_array(" + other + ", t.\"name\") ORDER BY r.\"id\")"
                : "JSON_ARRAYAGG(JSON_ARRAY(" + other + ", t.\"name\" NULL ON NULL) ORDER BY r.\"id\")";
        return "(SELECT " + pair + " FROM \"" + relation + "\" r LEFT JOIN \"" + target + "\" t ON t.\"id\" = " + other
                + " AND t.\"deleted\" = FALSE WHERE r.\"" + ownKey + "\" = p.\"id\" AND r.\"deleted\" = FALSE)";
    }

    private static Map<String, Object> read(HikariDataSource pool, String sql, String id) throws Exception {
        try (Connection connection = pool.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, id);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return null;
                }
                ResultSetMetaData meta = result.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = result.getObject(i);
                    String column = meta.getColumnLabel(i).toLowerCase();
                    row.put(column, value == null ? null : AGGREGATES.contains(column)
                            ? JSON.readTree(value.toString()) : value.toString());
                }
                return row;
            }
        }
    }
}
