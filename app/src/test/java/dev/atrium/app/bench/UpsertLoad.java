package dev.atrium.app.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The upsert benchmark's client: sends {@code rows} products in requests of {@code batch} items, one
 * request at a time; odd items update the products the seeder made, even items create new ones.
 * Prints the items per second. Usage: {@code UpsertLoad <baseUrl> <authorizationToken> <rows> <batch> [seed]};
 * {@code seed} first creates the half that the measured run updates, with other values.
 */
public final class UpsertLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Requests in flight at once (system property {@code clients}, default 1). */
    private static final int CLIENTS = Integer.getInteger("clients", 1);
    /** The server's process, whose CPU is counted beside this one's and PostgreSQL's (system property {@code server.pid}). */
    private static final long SERVER_PID = Long.getLong("server.pid", -1);
    /** What the ids start with (system property {@code prefix}, default {@code p-}): a warm-up run uses its own. */
    private static final String PREFIX = System.getProperty("prefix", "p-");

    private UpsertLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI upsert = URI.create(args[0] + "/api/v1/MassActions/action/upsert");
        int rows = Integer.parseInt(args[2]);
        int batch = Integer.parseInt(args[3]);
        boolean seed = args.length > 4 && args[4].equals("seed");
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 1; from <= (seed ? rows / 2 : rows); from += batch) {
            List<Object> items = new ArrayList<>();
            for (int i = from; i < Math.min((seed ? rows / 2 : rows) + 1, from + batch); i++) {
                items.add(Map.of("entity", "Product", "payload", seed ? seeded(i) : payload(i, rows)));
            }
            bodies.add(JSON.writeValueAsBytes(items));
        }
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> sent = new ArrayList<>();
        ProcessCpu.Sample before = ProcessCpu.Sample.take(SERVER_PID);
        long started = System.nanoTime();
        for (byte[] body : bodies) {
            sent.add(clients.submit(() -> send(upsert, args[1], body)));
        }
        int failed = 0;
        for (Future<Integer> request : sent) {
            failed += request.get();
        }
        clients.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        int items = seed ? rows / 2 : rows;
        System.out.printf("atrium upsert: %d items in %.1f s = %.0f items/s (failed: %d); %s%n", items, seconds,
                items / seconds, failed, ProcessCpu.Sample.take(SERVER_PID).perItem(before, items));
    }

    /**
     * Sends one request; answers how many of its items failed. A blocking connection, kept alive between requests:
     * the client shares the machine's two cores with the server, and java.net.http's client took as much CPU per
     * item as half the server's.
     */
    private static int send(URI upsert, String token, byte[] body) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) upsert.toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(300_000);
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty("Authorization-Token", token);
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(body.length);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        if (connection.getResponseCode() != 200) {
            throw new IllegalStateException("upsert answered " + connection.getResponseCode());
        }
        try (InputStream in = connection.getInputStream()) {
            // a byte search, not a parse
            return failures(in.readAllBytes());
        }
    }

    /**
     * The failed results of an answer: {@code "status":"Failed"}, found from its rare {@code F} (a comparison at
     * every byte took twice as long; quotes are everywhere in the answer).
     */
    private static int failures(byte[] answer) {
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        int found = 0;
        for (int at = text.indexOf("Failed\""); at >= 0; at = text.indexOf("Failed\"", at + 1)) {
            if (text.startsWith("\"status\":\"", at - 10)) {
                found++;
            }
        }
        return found;
    }

    /** The row the measured run finds for seeded product {@code number}. */
    static Map<String, Object> seeded(int number) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", PREFIX + String.format("%07d", number));
        payload.put("name", "seeded");
        payload.put("number", "N-" + number);
        payload.put("status", "draft");
        payload.put("isActive", false);
        payload.put("price", 1.0);
        payload.put("description", "seeded");
        return payload;
    }

    /** Odd items update seeded product (i+1)/2; even items create product rows/2 + i/2. */
    static Map<String, Object> payload(int i, int rows) {
        int number = i % 2 == 1 ? (i + 1) / 2 : rows / 2 + i / 2;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", PREFIX + String.format("%07d", number));
        payload.put("name", String.format("Product %07d", number));
        payload.put("number", "N-" + number);
        payload.put("status", "ready");
        payload.put("isActive", true);
        payload.put("price", (number % 1000) / 10.0 + 1);
        payload.put("description", "upserted");
        return payload;
    }
}
