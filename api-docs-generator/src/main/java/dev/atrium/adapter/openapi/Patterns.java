package dev.atrium.adapter.openapi;

import java.util.regex.Pattern;

/**
 * Turns a field's Java pattern into a schema {@code pattern} that means the same. Atrium requires the
 * whole value to match and skips the check for an empty string; a schema pattern matches anywhere in
 * the value, so it is anchored, and an empty string is allowed where the field may be empty.
 */
final class Patterns {

    private Patterns() {
    }

    static String forSchema(Pattern pattern, boolean emptyAllowed) {
        String regex = pattern.pattern();
        boolean anchored = regex.startsWith("^") && regex.endsWith("$") && !regex.endsWith("\\$")
                && !regex.contains("|");
        String whole = anchored ? regex : "^(?:" + regex + ")$";
        return emptyAllowed && !pattern.matcher("").matches() ? "^$|" + whole : whole;
    }
}
