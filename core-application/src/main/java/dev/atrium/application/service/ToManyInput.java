package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.record.RecordIds;
import dev.atrium.domain.record.ValidationException;

/**
 * Splits the {@code <link>Ids} of to-many links off a create or update body: they set which records
 * are linked, while the rest of the body sets attribute values.
 *
 * @param attributes the body without the to-many ids
 * @param links to-many link name to the ids it must link, without repeats
 */
record ToManyInput(Map<String, Object> attributes, Map<String, List<String>> links) {

    static ToManyInput of(EntityDefinition entity, Map<String, ?> body) {
        Map<String, Object> attributes = new LinkedHashMap<>(body);
        Map<String, List<String>> links = new LinkedHashMap<>();
        for (LinkDefinition link : ToManyLinks.of(entity)) {
            String key = link.name() + "Ids";
            if (!attributes.containsKey(key)) {
                continue;
            }
            Object value = attributes.remove(key);
            links.put(link.name(), ids(key, value));
        }
        return new ToManyInput(attributes, links);
    }

    private static List<String> ids(String key, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw ValidationException.of(key, "type", "'" + key + "' must be an array of record ids.");
        }
        List<String> ids = new ArrayList<>();
        list.forEach(id -> ids.add((String) id));
        RecordIds.requireStorable(key, ids);
        return List.copyOf(new LinkedHashSet<>(ids));
    }
}
