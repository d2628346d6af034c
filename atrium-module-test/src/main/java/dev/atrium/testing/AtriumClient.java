package dev.atrium.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A plain HTTP client for Atrium's API, JSON in and out: bodies are maps, lists or JSON text; every call
 * sends the client's token. Paths are absolute ({@code /api/v1/Product?maxSize=10}).
 */
public final class AtriumClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    AtriumClient(URI base) {
        this(base, null);
    }

    private AtriumClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Logs in with user name and password; the new client sends the token it got. */
    public AtriumClient loggedInAs(String userName, String password) {
        String basic = Base64.getEncoder().encodeToString((userName + ":" + password).getBytes(StandardCharsets.UTF_8));
        AtriumResponse login = send(HttpRequest.newBuilder(base.resolve("/api/v1/App/user")).timeout(TIMEOUT)
                .header("Authorization", "Basic " + basic).GET());
        if (login.status() != 200) {
            throw new IllegalStateException("login as " + userName + " failed: " + login);
        }
        return new AtriumClient(base, login.json().get("authorizationToken").asText());
    }

    public AtriumResponse get(String path) {
        return send(request(path).GET());
    }

    public AtriumResponse post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    public AtriumResponse put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    public AtriumResponse patch(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").method("PATCH", json(body)));
    }

    public AtriumResponse delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        return token == null ? request : request.header("Authorization-Token", token);
    }

    private AtriumResponse send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), BodyHandlers.ofString());
            String text = response.body();
            JsonNode json = text == null || text.isBlank() ? null : JSON.readTree(text);
            return new AtriumResponse(response.statusCode(), text, json,
                    response.headers().firstValue("X-Status-Reason").orElse(null), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Atrium", e);
        }
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the body as JSON: " + e.getMessage(), e);
        }
    }
}
