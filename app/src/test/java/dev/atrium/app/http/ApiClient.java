package dev.atrium.app.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A real HTTP client for tests: JSON in, JSON out, nothing of Jersey. */
public final class ApiClient {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String authorizationToken;

    public ApiClient(URI base) {
        this(base, null);
    }

    private ApiClient(URI base, String authorizationToken) {
        this.base = base;
        this.authorizationToken = authorizationToken;
    }

    /** A client that sends {@code Authorization-Token} on every request. */
    public ApiClient withToken(String authorizationToken) {
        return new ApiClient(base, authorizationToken);
    }

    /** Logs in with Basic credentials and returns a client that uses the new token. */
    public ApiClient loggedInAs(String userName, String password) {
        ApiResponse login = send(HttpRequest.newBuilder(base.resolve("/api/v1/App/user")).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(userName, password)).GET());
        if (login.status() != 200) {
            throw new IllegalStateException("login as " + userName + " failed: " + login.status());
        }
        return withToken(login.json().get("authorizationToken").asText());
    }

    /** The {@code Authorization-Token} this client sends, or null. */
    public String authorizationToken() {
        return authorizationToken;
    }

    public static String basic(String userName, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((userName + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    public ApiResponse get(String path) {
        return send(request(path).GET());
    }

    public ApiResponse post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    public ApiResponse put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    public ApiResponse patch(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").method("PATCH", json(body)));
    }

    public ApiResponse delete(String path) {
        return send(request(path).DELETE());
    }

    /** Sends exactly these bytes with this content type, for tests of malformed input. */
    public ApiResponse raw(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = request(path).method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        return authorizationToken == null ? request : request.header("Authorization-Token", authorizationToken);
    }

    public ApiResponse send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json = text == null || text.isEmpty() ? null : JSON.readTree(text);
            return new ApiResponse(response.statusCode(), response.headers(), text, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
