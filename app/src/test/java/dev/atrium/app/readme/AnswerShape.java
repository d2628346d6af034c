package dev.atrium.app.readme;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The answer a README shows after {@code # ->}, compared with what the command really printed. Shown JSON
 * is compared as a shape: the same keys (a bare {@code ...} among an object's members allows more keys,
 * among an array's elements more elements), and the same values, except that {@code "..."} stands for any
 * value, a string ending in {@code ...} for any string that starts with the rest, and ids, date-times and
 * tokens shown in their usual form stand for any value of that form. Anything else is text, where
 * {@code ...} stands for any characters and a run of blanks for any run of blanks.
 */
final class AnswerShape {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String MORE = "\u0000more";
    private static final String ELLIPSIS = "...";
    private static final List<Pattern> VOLATILE = List.of(
            Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"),
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
            Pattern.compile("[0-9a-f]{32}"));

    private final String shown;
    private final JsonNode json;

    private AnswerShape(String shown, JsonNode json) {
        this.shown = shown;
        this.json = json;
    }

    static AnswerShape of(String shown) {
        return new AnswerShape(shown.strip(), parse(shown.strip()).orElse(null));
    }

    /** Why {@code actual} does not have this shape, or empty when it has. */
    Optional<String> mismatch(String actual) {
        String answer = actual.strip();
        if (json != null) {
            Optional<JsonNode> parsed = parsePlain(answer);
            if (parsed.isEmpty()) {
                return Optional.of("the answer is not JSON");
            }
            return compare(json, parsed.get(), "$");
        }
        return textPattern().matcher(answer).matches() ? Optional.empty()
                : Optional.of("the answer does not read as shown");
    }

    private Pattern textPattern() {
        StringBuilder regex = new StringBuilder();
        for (String part : shown.split(Pattern.quote(ELLIPSIS), -1)) {
            if (regex.length() > 0 || shown.startsWith(ELLIPSIS)) {
                regex.append(".*");
            }
            String[] words = part.split("\\s+", -1);
            for (int i = 0; i < words.length; i++) {
                regex.append(i > 0 ? "\\s+" : "").append(words[i].isEmpty() ? "" : Pattern.quote(words[i]));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static Optional<String> compare(JsonNode shown, JsonNode actual, String at) {
        if (shown.isTextual() && shown.asText().equals(ELLIPSIS)) {
            return Optional.empty();
        }
        if (shown.isObject()) {
            return actual.isObject() ? compareObjects(shown, actual, at) : differ(at, shown, actual);
        }
        if (shown.isArray()) {
            return actual.isArray() ? compareArrays(shown, actual, at) : differ(at, shown, actual);
        }
        if (shown.isTextual() && actual.isTextual()) {
            String expected = shown.asText();
            String value = actual.asText();
            boolean same = expected.equals(value)
                    || expected.endsWith(ELLIPSIS) && value.startsWith(expected.substring(0, expected.length() - 3))
                    || VOLATILE.stream().anyMatch(form -> form.matcher(expected).matches() && form.matcher(value).matches());
            return same ? Optional.empty() : differ(at, shown, actual);
        }
        if (shown.isNumber() && actual.isNumber()) {
            return shown.decimalValue().compareTo(actual.decimalValue()) == 0 ? Optional.empty() : differ(at, shown, actual);
        }
        return shown.equals(actual) ? Optional.empty() : differ(at, shown, actual);
    }

    private static Optional<String> compareObjects(JsonNode shown, JsonNode actual, String at) {
        boolean more = shown.has(MORE);
        for (Iterator<Map.Entry<String, JsonNode>> fields = shown.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals(MORE)) {
                continue;
            }
            if (!actual.has(field.getKey())) {
                return Optional.of(at + ": the answer has no key \"" + field.getKey() + "\"");
            }
            Optional<String> inner = compare(field.getValue(), actual.get(field.getKey()), at + "." + field.getKey());
            if (inner.isPresent()) {
                return inner;
            }
        }
        if (!more) {
            for (Iterator<String> names = actual.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!shown.has(name)) {
                    return Optional.of(at + ": the answer has the key \"" + name + "\", which the README does not show "
                            + "(add it, or ... for more keys)");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> compareArrays(JsonNode shown, JsonNode actual, String at) {
        List<JsonNode> elements = new ArrayList<>();
        boolean more = false;
        for (JsonNode element : shown) {
            if (element.isTextual() && element.asText().equals(MORE)) {
                more = true;
            } else {
                elements.add(element);
            }
        }
        if (actual.size() < elements.size() || !more && actual.size() != elements.size()) {
            return Optional.of(at + ": the answer has " + actual.size() + " elements, the README shows " + elements.size()
                    + (more ? " or more" : ""));
        }
        for (int i = 0; i < elements.size(); i++) {
            Optional<String> inner = compare(elements.get(i), actual.get(i), at + "[" + i + "]");
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> differ(String at, JsonNode shown, JsonNode actual) {
        return Optional.of(at + ": the README shows " + shown + ", the answer is " + actual);
    }

    /** Shown JSON, its bare {@code ...} turned into markers that {@link #compare} reads. */
    private static Optional<JsonNode> parse(String shown) {
        if (shown.isEmpty() || "{[".indexOf(shown.charAt(0)) < 0 && !shown.equals("true") && !shown.equals("false")) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        List<Character> open = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < shown.length()) {
                    out.append(shown.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (shown.startsWith(ELLIPSIS, i) && !open.isEmpty()) {
                out.append(open.get(open.size() - 1) == '{' ? "\"" + MORE + "\": true" : "\"" + MORE + "\"");
                i += 2;
            } else {
                if (c == '{' || c == '[') {
                    open.add(c);
                } else if ((c == '}' || c == ']') && !open.isEmpty()) {
                    open.remove(open.size() - 1);
                }
                out.append(c);
            }
        }
        return parsePlain(out.toString().replace(MORE, "\\u0000more"));
    }

    private static Optional<JsonNode> parsePlain(String text) {
        try {
            return Optional.of(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return shown;
    }
}
