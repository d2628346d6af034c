package dev.atrium.adapter.rest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * The path and query string, once percent-decoded, must be well-formed UTF-8 (400 otherwise). Jersey
 * would decode {@code %FF} to U+FFFD and search for that instead of saying the request is broken.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class RequestTargetFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String broken = !isUtf8(uri.getRawPath()) ? "path" : !isUtf8(uri.getRawQuery()) ? "query string" : null;
        if (broken != null) {
            request.abortWith(ErrorResponses.of(400, "The " + broken + " is not valid UTF-8 once percent-decoded.",
                    List.of()));
        }
    }

    private static boolean isUtf8(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return true;
        }
        try (Utf8CheckingStream check = new Utf8CheckingStream(new ByteArrayInputStream(decode(raw)))) {
            check.readAllBytes();
            return true;
        } catch (IOException malformed) {
            return false;
        }
    }

    private static byte[] decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && Character.digit(raw.charAt(i + 1), 16) >= 0
                    && Character.digit(raw.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
