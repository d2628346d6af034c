package dev.atrium.adapter.rest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Labels made from the names in the definitions, as AtroCore's default English labels read:
 * {@code longDescription} is "Long Description", {@code ProductAttributeValue} "Product Attribute
 * Value", plural "Product Attribute Values".
 */
final class Labels {

    private static final Set<String> ACRONYMS = Set.of("id", "ean", "mpn", "url", "sku", "api", "json", "html");
    private static final Pattern CAMEL_CASE = Pattern.compile("[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*");

    private Labels() {
    }

    /** The words of a camel-case name, each capitalised; other names (EUR, en_US) as they are. */
    static String words(String name) {
        if (!CAMEL_CASE.matcher(name).matches() || name.chars().allMatch(Character::isUpperCase)) {
            return name;
        }
        StringBuilder label = new StringBuilder();
        int start = 0;
        for (int i = 1; i <= name.length(); i++) {
            if (i == name.length() || Character.isUpperCase(name.charAt(i))) {
                label.append(label.isEmpty() ? "" : " ").append(word(name.substring(start, i)));
                start = i;
            }
        }
        return label.toString();
    }

    /** The plural of a label, by the English rules for its last word. */
    static String plural(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return label.substring(0, label.length() - 1) + "ies";
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return label + "es";
        }
        return label + "s";
    }

    private static String word(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ACRONYMS.contains(lower) ? lower.toUpperCase(Locale.ROOT)
                : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
