package dev.atrium.app.http;

import java.net.http.HttpHeaders;

import com.fasterxml.jackson.databind.JsonNode;

/** One answer of the API, with its body parsed as JSON when there is one. */
public record ApiResponse(int status, HttpHeaders headers, String text, JsonNode json) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
        return status + " " + text;
    }
}
