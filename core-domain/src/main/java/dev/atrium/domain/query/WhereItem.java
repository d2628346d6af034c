package dev.atrium.domain.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.atrium.domain.record.ValidationException;

/**
 * One where item that carries a flag ({@code "isAttribute": true}) whose meaning the list language
 * leaves to a module, as that module's reader gets it.
 *
 * @param path where the item sits in the request, {@code where[1][0]}, for messages
 * @param keys every key of the item as the client sent it (a query string sends text only)
 */
public record WhereItem(String type, String attribute, Object value, Map<String, Object> keys, String path) {

    public WhereItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(path, "path");
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /** A key of the item other than type, attribute and value ({@code language}), or null. */
    public Object get(String key) {
        return keys.get(key);
    }

    /** A 400 naming this item, as the list language's own problems are named: {@code problem} ends without a dot. */
    public ValidationException invalid(String problem) {
        return FilterValues.invalid(label(), problem);
    }

    /** {@code where[0] (equals on 'weight')}: the item as messages name it. */
    public String label() {
        return path + " (" + type + " on '" + attribute + "')";
    }
}
