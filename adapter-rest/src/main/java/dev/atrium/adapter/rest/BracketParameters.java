package dev.atrium.adapter.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import dev.atrium.domain.DomainException;

/**
 * Reads PHP-style array parameters, as AtroCore clients send them:
 * {@code where[0][type]=in&where[0][attribute]=status&where[0][value][]=draft&where[0][value][]=ready}
 * becomes {@code [{"type": "in", "attribute": "status", "value": ["draft", "ready"]}]}. Maps whose
 * keys are all numbers become lists in the numbers' order; every value stays text.
 */
final class BracketParameters {

    private static final int MAX_SEGMENTS = 24;

    private BracketParameters() {
    }

    /** @return the structure under {@code name}, or null when no parameter starts with {@code name[} */
    static Object read(MultivaluedMap<String, String> parameters, String name) {
        Map<String, Object> root = new LinkedHashMap<>();
        String prefix = name + "[";
        parameters.forEach((key, values) -> {
            if (key.startsWith(prefix)) {
                List<String> path = segments(key.substring(name.length()), key);
                values.forEach(value -> put(root, path, value, key));
            }
        });
        return root.isEmpty() ? null : normalise(root);
    }

    private static List<String> segments(String brackets, String key) {
        List<String> segments = new ArrayList<>();
        int i = 0;
        while (i < brackets.length()) {
            int close = brackets.indexOf(']', i);
            if (brackets.charAt(i) != '[' || close < 0 || segments.size() >= MAX_SEGMENTS) {
                throw DomainException.invalid("Query parameter '" + key + "' is not a valid array parameter.");
            }
            segments.add(brackets.substring(i + 1, close));
            i = close + 1;
        }
        return segments;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, List<String> path, String value, String key) {
        Map<String, Object> node = root;
        for (int i = 0; i < path.size(); i++) {
            String segment = path.get(i).isEmpty() ? String.valueOf(node.size()) : path.get(i);
            if (i == path.size() - 1) {
                node.put(segment, value);
                return;
            }
            Object child = node.computeIfAbsent(segment, ignored -> new LinkedHashMap<String, Object>());
            if (!(child instanceof Map)) {
                throw DomainException.invalid("Query parameter '" + key + "' gives both a value and a list.");
            }
            node = (Map<String, Object>) child;
        }
    }

    @SuppressWarnings("unchecked")
    private static Object normalise(Object node) {
        if (!(node instanceof Map<?, ?> map)) {
            return node;
        }
        Map<String, Object> children = new LinkedHashMap<>();
        ((Map<String, Object>) map).forEach((key, child) -> children.put(key, normalise(child)));
        if (!children.keySet().stream().allMatch(key -> key.matches("\\d{1,6}"))) {
            return children;
        }
        List<Map.Entry<String, Object>> entries = new ArrayList<>(children.entrySet());
        entries.sort((a, b) -> Integer.compare(Integer.parseInt(a.getKey()), Integer.parseInt(b.getKey())));
        List<Object> list = new ArrayList<>(entries.size());
        entries.forEach(entry -> list.add(entry.getValue()));
        return list;
    }
}
