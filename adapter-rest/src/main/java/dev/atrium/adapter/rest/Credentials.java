package dev.atrium.adapter.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * What a request authenticates with, as AtroCore clients send it: header {@code Authorization-Token}
 * holding base64 of {@code userName:token}, or {@code Authorization: Basic} with {@code userName:secret}.
 *
 * @param userName the user named, or null
 * @param secret a token, or on the login route a password
 */
record Credentials(String userName, String secret) {

    static final String TOKEN_HEADER = "Authorization-Token";

    static Optional<Credentials> of(ContainerRequestContext request) {
        String token = request.getHeaderString(TOKEN_HEADER);
        if (token != null && !token.isBlank()) {
            return Optional.of(decode(token.trim()).orElse(new Credentials(null, token.trim())));
        }
        String authorization = request.getHeaderString("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.of(decode(authorization.substring(6).trim()).orElse(new Credentials(null, "")));
        }
        return Optional.empty();
    }

    /** Whether the secret has the shape of a token (32 hex characters) rather than of a password. */
    boolean looksLikeToken() {
        return secret != null && secret.matches("[0-9a-f]{32}");
    }

    private static Optional<Credentials> decode(String base64) {
        try {
            String pair = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new Credentials(pair.substring(0, colon), pair.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Never shows the secret, so a log line of the credentials cannot leak it. */
    @Override
    public String toString() {
        return "Credentials[userName=" + userName + "]";
    }
}
