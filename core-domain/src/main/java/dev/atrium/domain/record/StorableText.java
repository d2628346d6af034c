package dev.atrium.domain.record;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Text that every supported database stores as sent. PostgreSQL refuses the NUL character while H2
 * and MariaDB keep it, and a lone UTF-16 surrogate is no character at all (databases store it as
 * {@code ?}), so both are refused before anything is written or searched, the same on every database.
 */
public final class StorableText {

    private StorableText() {
    }

    /** What is wrong with the text, in the caller's terms ({@code "a NUL character (U+0000)"}), or null if nothing is. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "a NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                        + "), which is not a character";
            }
        }
        return null;
    }

    /** Like {@link #problem(String)}, for every string in a JSON value: texts, object keys, and list items at any depth. */
    public static String problemIn(Object json) {
        if (json instanceof String text) {
            return problem(text);
        }
        if (json instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String problem = entry.getKey() instanceof String key ? problem(key) : null;
                problem = problem != null ? problem : problemIn(entry.getValue());
                if (problem != null) {
                    return problem;
                }
            }
        } else if (json instanceof List<?> list) {
            for (Object item : list) {
                String problem = problemIn(item);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }
}
