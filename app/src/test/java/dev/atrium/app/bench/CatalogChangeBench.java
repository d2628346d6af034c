package dev.atrium.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a catalog change costs on a running Atrium whose {@code product} table holds {@code rows} rows (seeded by
 * {@link ProductSeeder}): the time of one {@code POST /EntityField} at the catalog's size and after 66 more
 * entities (about 100), and the longest read and write of the product table, over HTTP and over plain JDBC,
 * while a field is added to it; then the same with a transaction holding the table for 3 s meanwhile.
 * Usage: {@code CatalogChangeBench <baseUrl> <adminPassword> <jdbcUrl> <user> <password> <rows>}.
 */
public final class CatalogChangeBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SAMPLES = 5;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String auth;
    private final String[] jdbc;
    private final int rows;
    private int fields;

    private CatalogChangeBench(String[] args) {
        this.base = args[0] + "/api/v1";
        this.auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
        this.jdbc = new String[] {args[2], args[3], args[4]};
        this.rows = Integer.parseInt(args[5]);
    }

    public static void main(String[] args) throws Exception {
        CatalogChangeBench bench = new CatalogChangeBench(args);
        String token = bench.login();
        CatalogChangeBench withToken = bench.withToken(token);
        withToken.run();
    }

    private String login() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/App/user"))
                .header("Authorization", auth).header("Authorization-Token-Only", "true").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).get("authorizationToken").asText();
    }

    private String token;

    private CatalogChangeBench withToken(String value) {
        this.token = value;
        return this;
    }

    private void run() throws Exception {
        int entities = JSON.readTree(send("GET", "/Metadata", null).body()).get("entityDefs").size();
        System.out.printf("one catalog change (POST /EntityField on Brand), %d entities: %s%n", entities, changeTimes());
        for (int i = 0; i < 66; i++) {
            check(send("POST", "/Entity", Map.of("code", "Bench" + i, "name", "Bench " + i)));
            check(send("POST", "/EntityField", Map.of("entityId", "Bench" + i, "code", "size", "type", "int")));
        }
        entities = JSON.readTree(send("GET", "/Metadata", null).body()).get("entityDefs").size();
        System.out.printf("one catalog change (POST /EntityField on Brand), %d entities: %s%n", entities, changeTimes());
        System.out.printf("adding a field to product (%,d rows), traffic on product meanwhile: %s%n", rows,
                blockedWhileAdding(false));
        System.out.printf("the same while a transaction holds product for 3 s: %s%n", blockedWhileAdding(true));
    }

    /** Median and range of {@link #SAMPLES} field additions, in ms. */
    private String changeTimes() throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            long started = System.nanoTime();
            check(send("POST", "/EntityField", Map.of("entityId", "Brand", "code", "bench" + fields++, "type", "varchar")));
            times.add((System.nanoTime() - started) / 1_000_000);
        }
        Collections.sort(times);
        return "median " + times.get(times.size() / 2) + " ms (" + times.get(0) + "–" + times.get(times.size() - 1)
                + " ms)";
    }

    /** Runs reads and writes of products over HTTP and JDBC while a nullable field is added to Product. */
    private String blockedWhileAdding(boolean holdTable) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong httpRead = new AtomicLong();
        AtomicLong httpWrite = new AtomicLong();
        AtomicLong jdbcRead = new AtomicLong();
        AtomicLong jdbcWrite = new AtomicLong();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        threads.add(loop(running, () -> {
            String id = randomId();
            timed(httpRead, () -> expect(send("GET", "/Product/" + id, null), failed));
            timed(httpWrite, () -> expect(send("PATCH", "/Product/" + id, Map.of("description", "bench "
                    + System.nanoTime())), failed));
            requests.addAndGet(2);
        }));
        threads.add(new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(jdbc[0], jdbc[1], jdbc[2]);
                 PreparedStatement read = connection.prepareStatement("SELECT name FROM product WHERE id = ?");
                 PreparedStatement write = connection.prepareStatement("UPDATE product SET price = price WHERE id = ?")) {
                connection.setAutoCommit(true);
                while (running.get()) {
                    read.setString(1, randomId());
                    timed(jdbcRead, () -> {
                        try (ResultSet row = read.executeQuery()) {
                            row.next();
                        }
                    });
                    write.setString(1, randomId());
                    timed(jdbcWrite, write::executeUpdate);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        threads.forEach(Thread::start);
        Thread.sleep(2000);
        Thread holder = null;
        if (holdTable) {
            holder = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(jdbc[0], jdbc[1], jdbc[2])) {
                    connection.setAutoCommit(false);
                    try (PreparedStatement read = connection.prepareStatement("SELECT count(*) FROM product WHERE id < 'p-0000100'")) {
                        read.executeQuery().close();
                    }
                    Thread.sleep(3000);
                    connection.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            holder.start();
            Thread.sleep(200);
        }
        httpRead.set(0);
        httpWrite.set(0);
        jdbcRead.set(0);
        jdbcWrite.set(0);
        long started = System.nanoTime();
        check(send("POST", "/EntityField", Map.of("entityId", "Product", "code", "bench" + fields++, "type", "varchar")));
        long change = (System.nanoTime() - started) / 1_000_000;
        Thread.sleep(500);
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        if (holder != null) {
            holder.join();
        }
        return String.format("the change took %d ms; longest read/write meanwhile: HTTP %d/%d ms, JDBC %d/%d ms; "
                + "%d HTTP requests, %d failed", change, httpRead.get(), httpWrite.get(), jdbcRead.get(),
                jdbcWrite.get(), requests.get(), failed.get());
    }

    private Thread loop(AtomicBoolean running, Step step) {
        return new Thread(() -> {
            while (running.get()) {
                try {
                    step.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static void timed(AtomicLong longest, Step step) throws Exception {
        long started = System.nanoTime();
        step.run();
        long took = (System.nanoTime() - started) / 1_000_000;
        longest.accumulateAndGet(took, Math::max);
    }

    private String randomId() {
        return String.format("p-%07d", ThreadLocalRandom.current().nextInt(1, rows + 1));
    }

    private static void expect(HttpResponse<String> answer, AtomicInteger failed) {
        if (answer.statusCode() != 200) {
            failed.incrementAndGet();
        }
    }

    private static void check(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.statusCode() + " " + answer.body());
        }
    }

    private HttpResponse<String> send(String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization-Token", token).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
