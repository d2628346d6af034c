package dev.atrium.app.http.corpus;

import java.util.Map;

/**
 * One bad request of the corpus and what must come of it.
 *
 * @param auth who sends it: {@code admin} (a token), {@code reader} (a token of a user who may only
 *     read products), {@code none}, or {@code password} (the admin's real password as Basic, which
 *     only the login route accepts)
 * @param expect an exact status ({@code "400"}) or a class ({@code "4xx"})
 * @param reason text the answer's reason must contain, or null
 * @param field an attribute the answer's {@code errors} must name, or null
 * @param code the code that error must carry ({@code type}), or null for any
 */
record CorpusRequest(String name, String method, String target, Map<String, String> headers, byte[] body,
        String auth, String expect, String reason, String field, String code) {

    boolean accepts(int status) {
        if (expect.endsWith("xx")) {
            return status / 100 == expect.charAt(0) - '0';
        }
        return status == Integer.parseInt(expect);
    }

    @Override
    public String toString() {
        return name;
    }
}
