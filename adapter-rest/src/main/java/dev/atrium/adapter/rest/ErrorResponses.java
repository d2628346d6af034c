package dev.atrium.adapter.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.atrium.domain.record.FieldError;

/**
 * Error answers as AtroCore clients read them (the reason in {@code X-Status-Reason}) and, beyond
 * AtroCore, as JSON: {@code {"status": 400, "reason": "...", "errors": [{"field", "code", "message"}]}}.
 */
final class ErrorResponses {

    static final String STATUS_REASON = "X-Status-Reason";
    private static final int MAX_HEADER_REASON = 400;

    private ErrorResponses() {
    }

    static Response of(int status, String reason, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("reason", reason);
        if (!errors.isEmpty()) {
            body.put("errors", errors.stream().map(ErrorResponses::error).toList());
        }
        return Response.status(status)
                .header(STATUS_REASON, headerSafe(reason))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    private static Map<String, Object> error(FieldError error) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("field", error.field());
        json.put("code", error.code());
        json.put("message", error.message());
        return json;
    }

    /** A header value must be one line of visible ASCII; anything else becomes '?'. */
    static String headerSafe(String reason) {
        String text = reason == null ? "" : reason;
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_HEADER_REASON));
        for (int i = 0; i < text.length() && safe.length() < MAX_HEADER_REASON; i++) {
            char c = text.charAt(i);
            safe.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return safe.toString();
    }
}
