package dev.atrium.adapter.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import dev.atrium.domain.DomainException;

/**
 * Request bodies must be JSON (415 otherwise), sent without a content coding (415), no larger than
 * the configured limit (413), checked from Content-Length up front and while reading for chunked
 * bodies, and well-formed UTF-8 (400). Newline-delimited JSON has no size limit: it is read and
 * answered line by line.
 */
@Provider
public class JsonBodyFilter implements ContainerRequestFilter {

    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final long maxBodyBytes;

    public JsonBodyFilter(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!METHODS_WITH_BODY.contains(request.getMethod()) || !hasEntity(request)) {
            return;
        }
        String coding = request.getHeaderString(HttpHeaders.CONTENT_ENCODING);
        if (coding != null && !coding.isBlank() && !"identity".equalsIgnoreCase(coding.trim())) {
            request.abortWith(ErrorResponses.of(415, "The request body must be sent without Content-Encoding, not '"
                    + coding + "'.", List.of()));
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || !isJson(type)) {
            request.abortWith(ErrorResponses.of(415,
                    "The request body must be sent as Content-Type: application/json.", List.of()));
            return;
        }
        if ("x-ndjson".equals(type.getSubtype())) {
            return;
        }
        if (request.getLength() > maxBodyBytes) {
            request.abortWith(ErrorResponses.of(413, tooLarge(), List.of()));
            return;
        }
        request.setEntityStream(new Utf8CheckingStream(
                new LimitedStream(request.getEntityStream(), maxBodyBytes, tooLarge())));
    }

    /** Finding out needs a first read, which fails when the client has already given up on the body. */
    private static boolean hasEntity(ContainerRequestContext request) {
        try {
            return request.hasEntity();
        } catch (ProcessingException e) {
            if (e.getCause() instanceof IOException broken) {
                throw Json.unreadable(broken);
            }
            throw e;
        }
    }

    private String tooLarge() {
        return "The request body is larger than " + maxBodyBytes + " bytes.";
    }

    /** JSON, a {@code +json} type, or newline-delimited JSON (the upsert's streaming form). */
    static boolean isJson(MediaType type) {
        return "application".equals(type.getType()) && ("json".equals(type.getSubtype())
                || type.getSubtype().endsWith("+json") || "x-ndjson".equals(type.getSubtype()));
    }

    /** Fails the read once more than the limit has arrived. */
    private static final class LimitedStream extends FilterInputStream {
        private final long limit;
        private final String message;
        private long read;

        LimitedStream(InputStream in, long limit, String message) {
            super(in);
            this.limit = limit;
            this.message = message;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException(message, new DomainException(DomainException.Kind.TOO_LARGE, message));
            }
        }
    }
}
