package dev.atrium.adapter.rest;

import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Says what is wrong with a JSON body in the caller's terms. Jackson's own messages name its classes
 * and switches ({@code StreamReadConstraints}, {@code bound as JsonNode}, {@code enable
 * JsonReadFeature...}), which mean nothing to a client; those parts are replaced or cut.
 */
final class JsonErrors {

    private static final StreamReadConstraints LIMITS = Json.MAPPER.getFactory().streamReadConstraints();
    private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)");
    private static final Pattern FEATURE_HINT = Pattern.compile(
            ":?\\s*(enable `[^`]*` to allow|\\(not recognized as one since Feature[^)]*\\)|\\(?(?:for|as per) `[^`]*`\\)?)");

    private JsonErrors() {
    }

    /** @return e.g. {@code Malformed JSON: Duplicate field 'name' (line 1, column 25)} */
    static String describe(JsonProcessingException e) {
        return "Malformed JSON: " + problem(e) + location(e.getLocation()) + ".";
    }

    private static String problem(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(message);
        }
        if (message.startsWith("Trailing token")) {
            return "there is more after the JSON value";
        }
        String cut = FEATURE_HINT.matcher(START_MARKER.matcher(message).replaceAll("")).replaceAll("").trim();
        return cut.isEmpty() || cut.contains("`") || cut.contains("Feature") || cut.contains("jackson")
                ? "the JSON could not be read" : cut;
    }

    private static String limit(String message) {
        if (message.startsWith("Document nesting depth")) {
            return "arrays and objects are nested more than " + LIMITS.getMaxNestingDepth() + " levels deep";
        }
        if (message.startsWith("Number value length")) {
            return "a number has more than " + LIMITS.getMaxNumberLength() + " digits";
        }
        if (message.startsWith("String value length")) {
            return "a text is longer than " + LIMITS.getMaxStringLength() + " characters";
        }
        if (message.startsWith("Name length")) {
            return "a name is longer than " + LIMITS.getMaxNameLength() + " characters";
        }
        return "the JSON is larger than this server reads";
    }

    private static String location(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
