package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.atrium.application.port.out.RuntimeModel;
import dev.atrium.domain.metadata.CatalogBuilder;
import dev.atrium.domain.metadata.DefinitionException;
import dev.atrium.domain.metadata.EntityDefinition;

/**
 * Turns the entities and fields created at runtime into definitions, written as a module's definition file
 * would be and read by the same {@link EntityDefinitionReader}, so a runtime definition obeys every rule a
 * module's does. Fields on an entity a module defines extend that entity.
 */
final class RuntimeDefinitions {

    static final String ENTITY = "Entity";
    static final String FIELD = "EntityField";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuntimeDefinitions() {
    }

    static void contribute(CatalogBuilder builder, RuntimeModel model) {
        Map<String, ObjectNode> definitions = new LinkedHashMap<>();
        Map<String, ObjectNode> relations = new LinkedHashMap<>();
        for (Map<String, Object> row : model.entities()) {
            String name = text(row, "id");
            definitions.put(name, entity(row, relations));
        }
        Map<String, ObjectNode> extensions = new LinkedHashMap<>();
        for (Map<String, Object> row : model.fields()) {
            String entity = text(row, "entityId");
            ObjectNode target = definitions.get(entity);
            if (target == null) {
                target = extensions.computeIfAbsent(entity, name -> JSON.createObjectNode());
            }
            field(entity, row, target, relations);
        }
        definitions.forEach((name, json) -> builder.entity(EntityDefinitionReader.read(name, json, source(ENTITY, name))));
        relations.forEach((name, json) -> builder.entity(EntityDefinitionReader.read(name, json,
                source(FIELD, name) + " (relation)")));
        extensions.forEach((name, json) -> {
            EntityDefinition fields = EntityDefinitionReader.read(name, json, source(FIELD, name));
            Map<String, dev.atrium.domain.metadata.FieldDefinition> added = new LinkedHashMap<>(fields.fields());
            builder.extend(name, added, fields.links(), fields.indexes(), "field"
                    + (added.size() == 1 ? " '" + added.keySet().iterator().next() + "'" : "s " + added.keySet())
                    + " of " + name + " created at runtime (EntityField)");
        });
    }

    /** How errors name a runtime definition. */
    static String source(String resource, String id) {
        return "created at runtime (" + resource + " '" + id + "')";
    }

    /** The relation entity behind a linkMultiple field: {@code GadgetTags} for {@code Gadget.tags}. */
    static String relationEntity(String entity, String field) {
        return entity + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static ObjectNode entity(Map<String, Object> row, Map<String, ObjectNode> relations) {
        String name = text(row, "id");
        ObjectNode json = JSON.createObjectNode();
        String type = row.get("type") == null ? "Base" : text(row, "type");
        json.put("type", type);
        ObjectNode fields = json.putObject("fields");
        json.putObject("links");
        ObjectNode scopes = json.putObject("scopes");
        for (String feature : List.of("hasOwner", "hasAssignedUser", "hasTeam")) {
            scopes.put(feature, Boolean.TRUE.equals(row.get(feature)));
        }
        if (Boolean.TRUE.equals(row.get("hasActive"))) {
            fields.putObject("isActive").put("type", "bool").put("default", false);
        }
        if ("Hierarchy".equals(type)) {
            String relation = name + "Hierarchy";
            ObjectNode links = (ObjectNode) json.get("links");
            String relationName = lowerFirst(relation);
            hierarchyLink(links, "parents", name, relationName, "children", "childId", "parentId");
            hierarchyLink(links, "children", name, relationName, "parents", "parentId", "childId");
            ObjectNode hierarchy = JSON.createObjectNode().put("type", "Relation");
            hierarchy.putObject("fields").putObject("sorting").put("type", "int");
            ObjectNode relationLinks = hierarchy.putObject("links");
            relationLinks.putObject("parent").put("type", "belongsTo").put("entity", name);
            relationLinks.putObject("child").put("type", "belongsTo").put("entity", name);
            hierarchy.putObject("uniqueIndexes").putArray("pair").add("parentId").add("childId");
            relations.put(relation, hierarchy);
        }
        return json;
    }

    private static void hierarchyLink(ObjectNode links, String link, String entity, String relationName, String foreign,
            String ownKey, String otherKey) {
        ObjectNode json = links.putObject(link).put("type", "hasMany").put("entity", entity)
                .put("relationName", relationName).put("foreign", foreign);
        json.putArray("midKeys").add(ownKey).add(otherKey);
    }

    private static void field(String entity, Map<String, Object> row, ObjectNode definition,
            Map<String, ObjectNode> relations) {
        String code = text(row, "code");
        String type = text(row, "type");
        ObjectNode fields = definition.has("fields") ? (ObjectNode) definition.get("fields") : definition.putObject("fields");
        ObjectNode links = definition.has("links") ? (ObjectNode) definition.get("links") : definition.putObject("links");
        ObjectNode field = fields.putObject(code).put("type", type);
        flag(row, "isRequired", field, "required");
        flag(row, "isMultilang", field, "isMultilang");
        flag(row, "isUnique", field, "unique");
        number(row, "maxLength", field, "maxLength");
        number(row, "columnLength", field, "columnLength");
        number(row, "min", field, "min");
        number(row, "max", field, "max");
        if (row.get("pattern") != null && !text(row, "pattern").isEmpty()) {
            field.put("pattern", text(row, "pattern"));
        }
        JsonNode options = json(row.get("options"));
        if (options != null && options.isArray() && !options.isEmpty()) {
            field.set("options", options);
        }
        JsonNode defaultValue = json(row.get("default"));
        if (defaultValue != null && !defaultValue.isNull()) {
            field.set("default", defaultValue);
        }
        if ("link".equals(type)) {
            links.putObject(code).put("type", "belongsTo").put("entity", text(row, "foreignEntityId"));
        } else if ("linkMultiple".equals(type)) {
            String relation = relationEntity(entity, code);
            ObjectNode link = links.putObject(code).put("type", "hasMany").put("entity", text(row, "foreignEntityId"))
                    .put("relationName", lowerFirst(relation));
            link.putArray("midKeys").add("sourceId").add("targetId");
            ObjectNode json = JSON.createObjectNode().put("type", "Relation");
            ObjectNode relationLinks = json.putObject("links");
            relationLinks.putObject("source").put("type", "belongsTo").put("entity", entity);
            relationLinks.putObject("target").put("type", "belongsTo").put("entity", text(row, "foreignEntityId"));
            json.putObject("uniqueIndexes").putArray("pair").add("sourceId").add("targetId");
            relations.put(relation, json);
        }
    }

    private static void flag(Map<String, Object> row, String attribute, ObjectNode field, String key) {
        if (Boolean.TRUE.equals(row.get(attribute))) {
            field.put(key, true);
        }
    }

    private static void number(Map<String, Object> row, String attribute, ObjectNode field, String key) {
        Object value = row.get(attribute);
        if (value instanceof Integer || value instanceof Long) {
            field.put(key, ((Number) value).longValue());
        } else if (value instanceof Number number) {
            field.put(key, number.doubleValue());
        }
    }

    /** A stored JSON text (options, default) as JSON; values already parsed are taken as they are. */
    private static JsonNode json(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            try {
                return JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new DefinitionException("created at runtime", "stored JSON cannot be read: " + e.getOriginalMessage());
            }
        }
        return JSON.valueToTree(value);
    }

    private static String text(Map<String, Object> row, String attribute) {
        Object value = row.get(attribute);
        if (value == null) {
            throw new DefinitionException(source(FIELD, String.valueOf(row.get("id"))), "'" + attribute + "' is missing");
        }
        return value.toString();
    }

    static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Kept for the readers of stored options: a JSON array of strings. */
    static List<String> options(Object stored) {
        JsonNode node = json(stored);
        List<String> options = new ArrayList<>();
        if (node instanceof ArrayNode array) {
            array.forEach(option -> options.add(option.asText()));
        }
        return options;
    }
}
