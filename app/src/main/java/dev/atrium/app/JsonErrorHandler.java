package dev.atrium.app;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers itself, before Atrium sees the request (an ambiguous path, a malformed
 * request line), in the same JSON shape and with the same {@code X-Status-Reason} header as the API's own.
 */
final class JsonErrorHandler extends ErrorHandler {

    /** Jetty writes error bodies for GET, POST and HEAD only; a refused DELETE or PATCH deserves the JSON too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String reason = reason(code, message);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Status-Reason", reason);
        response.write(true, ByteBuffer.wrap(body(code, reason)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        String text = reason(status, reason);
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
        fields.put("X-Status-Reason", text);
        return ByteBuffer.wrap(body(status, text));
    }

    private static String reason(int code, String message) {
        String text = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        StringBuilder safe = new StringBuilder();
        text.chars().filter(c -> c >= 0x20 && c < 0x7f).forEach(c -> safe.append((char) c));
        return safe.toString();
    }

    private static byte[] body(int code, String reason) {
        String escaped = reason.replace("\\", "\\\\").replace("\"", "\\\"");
        return ("{\"status\":" + code + ",\"reason\":\"" + escaped + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
