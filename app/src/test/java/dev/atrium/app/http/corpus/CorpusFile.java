package dev.atrium.app.http.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads {@code bad-input-corpus.jsonl}: one request a line, {@code #} lines are comments. A line has
 * {@code name}, {@code method}, {@code path}, {@code expect} and optionally {@code headers} (a null
 * value sends no such header; Content-Type defaults to JSON when there is a body), {@code auth},
 * {@code reason}, {@code field}, {@code code}, and one body: {@code body} (text), {@code json} (any
 * JSON, written as it is), {@code base64} (bytes), or {@code repeat}. A repeat builds huge or deeply
 * nested text: {@code prefix} + {@code unit} × {@code times} + {@code middle} + {@code close} ×
 * {@code times} + {@code suffix}; the path and header values may be repeats too. {@code ${name}} in
 * path, headers and bodies is replaced by the id of the seeded record of that name.
 */
final class CorpusFile {

    static final String RESOURCE = "/dev/atrium/app/http/corpus/bad-input-corpus.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusFile() {
    }

    static List<CorpusRequest> read(UnaryOperator<String> placeholders) {
        List<CorpusRequest> requests = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try (InputStream in = CorpusFile.class.getResourceAsStream(RESOURCE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                CorpusRequest request = parse(JSON.readTree(line), placeholders, number);
                if (!names.add(request.name())) {
                    throw new IllegalStateException("line " + number + ": the name '" + request.name() + "' is taken");
                }
                requests.add(request);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("line of " + RESOURCE + ": " + e.getMessage(), e);
        }
        return requests;
    }

    private static CorpusRequest parse(JsonNode line, UnaryOperator<String> placeholders, int number) {
        for (String required : List.of("name", "method", "path", "expect")) {
            if (!line.hasNonNull(required)) {
                throw new IllegalStateException("line " + number + " has no '" + required + "'");
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = body(line, placeholders);
        boolean contentTypeGiven = false;
        for (var header : line.path("headers").properties()) {
            contentTypeGiven |= header.getKey().equalsIgnoreCase("Content-Type");
            if (!header.getValue().isNull()) {
                headers.put(header.getKey(), placeholders.apply(text(header.getValue())));
            }
        }
        if (body != null && !contentTypeGiven) {
            headers.put("Content-Type", "application/json");
        }
        return new CorpusRequest(line.get("name").asText(), line.get("method").asText(),
                placeholders.apply(text(line.get("path"))), headers, body, line.path("auth").asText("admin"),
                line.get("expect").asText(), text(line, "reason"), text(line, "field"), text(line, "code"));
    }

    private static byte[] body(JsonNode line, UnaryOperator<String> placeholders) {
        if (line.has("body")) {
            return placeholders.apply(line.get("body").asText()).getBytes(StandardCharsets.UTF_8);
        }
        if (line.has("json")) {
            return placeholders.apply(line.get("json").toString()).getBytes(StandardCharsets.UTF_8);
        }
        if (line.has("base64")) {
            return Base64.getDecoder().decode(line.get("base64").asText());
        }
        if (line.has("repeat")) {
            return placeholders.apply(text(line.get("repeat"))).getBytes(StandardCharsets.UTF_8);
        }
        return null;
    }

    /** A text as it is, or built from a repeat. */
    private static String text(JsonNode value) {
        if (!value.isObject()) {
            return value.asText();
        }
        int times = value.get("times").asInt();
        return value.path("prefix").asText("") + value.get("unit").asText().repeat(times) + value.path("middle").asText("")
                + value.path("close").asText("").repeat(times) + value.path("suffix").asText("");
    }

    private static String text(JsonNode line, String name) {
        return line.hasNonNull(name) ? line.get(name).asText() : null;
    }
}
