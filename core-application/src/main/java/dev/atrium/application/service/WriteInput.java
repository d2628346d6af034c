package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.LinkAttributes;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.record.Prev;
import dev.atrium.domain.record.RecordIds;
import dev.atrium.domain.record.RecordInput;
import dev.atrium.domain.record.ValidationException;
import dev.atrium.domain.security.EntityAccess;

/**
 * A create or update body read under the entity's rules and the caller's field access: the fields the
 * caller may not edit are dropped (as AtroCore ignores them), the rest typed and checked; the
 * {@code <link>Ids} of to-many links become link edits.
 *
 * @param id the record id the client chose, or null
 * @param values the typed attribute values the body sets (no defaults yet: a create adds them)
 * @param links to-many link name to its edit
 * @param seen the values the client last saw of the attributes it sets ({@code _prev}), to check for edit conflicts
 * @param ignored the body's keys that name nothing of the entity
 */
record WriteInput(String id, Map<String, Object> values, Map<String, LinkEdit> links, Map<String, Object> seen,
        List<String> ignored) {

    /** A write that changes only links (the relationship routes). */
    static WriteInput ofLinks(Map<String, LinkEdit> links) {
        return new WriteInput(null, Map.of(), links, Map.of(), List.of());
    }

    /**
     * @param create whether the body is known to create a record: then defaults and required fields are
     *     checked with the rest, so one answer names every problem
     */
    static WriteInput read(RecordAccess access, EntityAccess entityAccess, EntityDefinition entity, Map<String, ?> body,
            boolean create, RecordInput.UnknownKeys unknown) {
        Map<String, ?> attributes = access.writable(entityAccess, entity, body);
        Map<String, LinkEdit> links = new LinkedHashMap<>();
        for (LinkDefinition link : ToManyLinks.of(entity)) {
            String key = LinkAttributes.ids(link.name());
            if (attributes.containsKey(key)) {
                links.put(link.name(), new LinkEdit(LinkEdit.Kind.REPLACE, ids(key, attributes.get(key))));
            }
        }
        if (!links.isEmpty()) {
            // the values without the links' ids (the input is the caller's, and left as it is)
            Map<String, Object> values = new LinkedHashMap<>(attributes);
            links.keySet().forEach(link -> values.remove(LinkAttributes.ids(link)));
            attributes = values;
        }
        Object id = body.get(SystemFields.ID);
        if (!create && id != null && !(id instanceof String text && RecordIds.isAcceptable(text))) {
            throw ValidationException.of(SystemFields.ID, "pattern", "'id' must be 1 to " + SystemFields.ID_MAX_LENGTH
                    + " letters, digits or '_.:-', starting with a letter or digit.");
        }
        Map<String, Object> values = create ? RecordInput.forCreate(entity, attributes, unknown)
                : RecordInput.forUpdate(entity, attributes, unknown);
        values.remove(SystemFields.ID);
        return new WriteInput(id == null ? null : (String) id, values, links, Prev.seen(body),
                RecordInput.unknownKeys(entity, body));
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
