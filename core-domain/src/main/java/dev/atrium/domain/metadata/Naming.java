package dev.atrium.domain.metadata;

import java.util.Locale;
import java.util.regex.Pattern;

/** The naming rules of entities and fields, and how their names become table and column names. */
public final class Naming {

    public static final Pattern ENTITY_NAME = Pattern.compile("^[A-Z][A-Za-z0-9]{0,59}$");
    public static final Pattern FIELD_NAME = Pattern.compile("^[a-z][A-Za-z0-9]{0,59}$");

    private Naming() {
    }

    /** {@code ProductCategory} becomes {@code product_category}, {@code brandId} becomes {@code brand_id}. */
    public static String toSnakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean previousIsLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1));
                boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (i > 0 && (previousIsLower || nextIsLower)) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
