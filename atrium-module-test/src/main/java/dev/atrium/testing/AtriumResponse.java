package dev.atrium.testing;

import java.net.http.HttpHeaders;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One answer of Atrium: its status, its body as text and as JSON (null when empty), and its headers.
 *
 * @param reason the {@code X-Status-Reason} header of an error, or null
 */
public record AtriumResponse(int status, String text, JsonNode json, String reason, HttpHeaders headers) {

    /** A header's first value. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The JSON answer, after checking the status was 200 (the message says what came instead). */
    public JsonNode ok() {
        if (status != 200) {
            throw new AssertionError("expected 200 but got " + this);
        }
        return json;
    }

    @Override
    public String toString() {
        return status + " " + text;
    }
}
