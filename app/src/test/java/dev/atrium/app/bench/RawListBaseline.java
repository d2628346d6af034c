package dev.atrium.app.bench;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The raw-SQL baseline of the list benchmarks: a bare Jetty handler that runs the SQL Atrium's
 * list should amount to, on the same table, and writes the rows with Jackson.
 * {@code /page?status=} filtered and sorted page of 50; {@code /pagetotal?status=} the same page and
 * the exact count; {@code /after?name=&id=} keyset page of 50 by name; {@code /count?status=} the exact count. Usage: {@code RawListBaseline <jdbcUrl> <user> <password> <port>}.
 */
public final class RawListBaseline {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "*";

    private RawListBaseline() {
    }

    public static void main(String[] args) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setUsername(args[1]);
        config.setPassword(args[2]);
        config.setMaximumPoolSize(10);
        HikariDataSource pool = new HikariDataSource(config);
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(Integer.parseInt(args[3]));
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Fields query = Request.extractQueryParameters(request);
                Object body = switch (request.getHttpURI().getPath()) {
                    case "/page" -> rows(pool, "SELECT " + COLUMNS + " FROM \"product\" WHERE \"deleted\" = FALSE AND \"status\" = ? "
                            + "ORDER BY \"status\", \"name\", \"id\" LIMIT 50", query.getValue("status"));
                    case "/pagetotal" -> pageAndTotal(pool, query.getValue("status"));
                    case "/after" -> rows(pool, "SELECT " + COLUMNS + " FROM \"product\" WHERE \"deleted\" = FALSE AND \"name\" >= ? "
                            + "AND (\"name\" > ? OR (\"name\" = ? AND \"id\" > ?)) ORDER BY \"name\", \"id\" LIMIT 50",
                            query.getValue("name"), query.getValue("name"), query.getValue("name"), query.getValue("id"));
                    default -> count(pool, query.getValue("status"));
                };
                response.getHeaders().put("Content-Type", "application/json");
                try (OutputStream out = Response.asBufferedOutputStream(request, response)) {
                    out.write(JSON.writeValueAsBytes(body));
                }
                callback.succeeded();
                return true;
            }
        });
        server.start();
        System.out.println("Raw list baseline started at http://127.0.0.1:" + connector.getLocalPort());
        server.join();
    }

    private static Map<String, Object> rows(HikariDataSource pool, String sql, String... parameters) throws Exception {
        try (Connection connection = pool.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            List<Map<String, Object>> list = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = result.getObject(i);
                        row.put(meta.getColumnLabel(i), value == null ? null : value.toString());
                    }
                    list.add(row);
                }
            }
            return Map.of("list", list);
        }
    }

    /** What an AtroCore client asks by default: the page and the exact total, in one answer. */
    private static Map<String, Object> pageAndTotal(HikariDataSource pool, String status) throws Exception {
        Map<String, Object> answer = new java.util.LinkedHashMap<>(count(pool, status));
        answer.putAll(rows(pool, "SELECT " + COLUMNS + " FROM \"product\" WHERE \"deleted\" = FALSE AND \"status\" = ? "
                + "ORDER BY \"status\", \"name\", \"id\" LIMIT 50", status));
        return answer;
    }

    private static Map<String, Object> count(HikariDataSource pool, String status) throws Exception {
        try (Connection connection = pool.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM \"product\" WHERE \"deleted\" = FALSE AND \"status\" = ?")) {
            select.setString(1, status);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return Map.of("total", result.getLong(1));
            }
        }
    }
}
