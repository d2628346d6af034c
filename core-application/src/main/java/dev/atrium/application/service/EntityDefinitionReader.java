package dev.atrium.application.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.atrium.domain.metadata.DefinitionException;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.EntityFeature;
import dev.atrium.domain.metadata.EntityType;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.IndexDefinition;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.LinkType;
import dev.atrium.domain.metadata.Naming;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.record.FieldError;
import dev.atrium.domain.record.ValueConverter;

/**
 * Reads one entity definition file, in the spirit of AtroCore's entityDefs:
 * <pre>{"type": "Base", "fields": {"number": {"type": "varchar", "aliases": ["sku"]}, ...}, "links": {...},
 *  "collection": {"sortBy": "name", "asc": true},
 *  "indexes": {"name": ["attr", ...]}, "uniqueIndexes": {"name": ["attr", ...]}}</pre>
 * Unknown keys are errors, so that a typo never passes silently.
 */
public final class EntityDefinitionReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> ENTITY_KEYS = Set.of("type", "fields", "links", "collection", "indexes",
            "uniqueIndexes", "scopes");
    private static final Set<String> FIELD_KEYS = Set.of("type", "required", "readOnly", "maxLength", "unique",
            "index", "default", "options", "min", "max", "pattern", "isMultilang", "aliases", "columnLength");
    private static final Set<String> LINK_KEYS = Set.of("type", "entity", "foreign", "relationName", "midKeys");

    private EntityDefinitionReader() {
    }

    public static EntityDefinition read(URL resource, String moduleId) {
        String path = resource.getPath();
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        String source = "module '" + moduleId + "', " + shortPath(path);
        if (!fileName.endsWith(".json")) {
            throw new DefinitionException(source, "an entity definition must be a .json file");
        }
        String entityName = fileName.substring(0, fileName.length() - ".json".length());
        JsonNode root;
        try (InputStream in = resource.openStream()) {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new DefinitionException(source, "not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new DefinitionException(source, "cannot be read: " + e.getMessage());
        }
        return new Reader(source).entity(entityName, root);
    }

    /** Reads a definition made in memory (an entity created at runtime), named by {@code source} in errors. */
    public static EntityDefinition read(String entityName, JsonNode root, String source) {
        return new Reader(source).entity(entityName, root);
    }

    /** A file in a jar is named with the jar's file name ({@code warehouse.jar!/entities/Stock.json}). */
    private static String shortPath(String path) {
        int inJar = path.indexOf("!/");
        return inJar >= 0 ? path.substring(path.lastIndexOf('/', inJar) + 1) : path;
    }

    /** Parses one file, remembering its source for every message. */
    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        EntityDefinition entity(String name, JsonNode root) {
            ObjectNode object = object(root, "the definition");
            checkKeys(object, ENTITY_KEYS, "the definition");
            EntityType type = EntityType.BASE;
            if (object.has("type")) {
                String typeName = text(object.get("type"), "'type'");
                type = EntityType.fromJsonName(typeName).orElseThrow(() -> fail("unknown entity type '" + typeName
                        + "' (known: Base, Hierarchy, Relation, ReferenceData)"));
            }
            Map<String, FieldDefinition> fields = new LinkedHashMap<>();
            Map<String, String> aliases = new LinkedHashMap<>();
            forEachField(object, "fields", (fieldName, node) -> {
                FieldDefinition field = field(fieldName, node);
                fields.put(fieldName, field);
                aliases(field, node).forEach(alias -> {
                    if (aliases.put(alias, field.attribute()) != null) {
                        throw fail("alias '" + alias + "' is given to two fields");
                    }
                });
            });
            Map<String, LinkDefinition> links = new LinkedHashMap<>();
            forEachField(object, "links", (linkName, node) -> links.put(linkName, link(linkName, node)));
            List<IndexDefinition> indexes = new ArrayList<>();
            forEachField(object, "indexes", (indexName, node) -> indexes.add(index(indexName, node, false, fields, links)));
            forEachField(object, "uniqueIndexes", (indexName, node) -> indexes.add(index(indexName, node, true, fields, links)));
            String sortBy = null;
            boolean ascending = true;
            if (object.has("collection")) {
                ObjectNode collection = object(object.get("collection"), "'collection'");
                checkKeys(collection, Set.of("sortBy", "asc"), "'collection'");
                if (collection.has("sortBy")) {
                    sortBy = text(collection.get("sortBy"), "'collection.sortBy'");
                }
                if (collection.has("asc")) {
                    ascending = bool(collection.get("asc"), "'collection.asc'");
                }
            }
            return new EntityDefinition(name, type, fields, links, indexes, sortBy, ascending, source, features(object),
                    aliases);
        }

        /** {@code "aliases": ["sku"]}: old names of the field, still accepted on input. */
        private List<String> aliases(FieldDefinition field, JsonNode node) {
            JsonNode list = node.get("aliases");
            if (list == null) {
                return List.of();
            }
            String where = "field '" + field.name() + "' aliases";
            if (!list.isArray()) {
                throw fail(where + " must be an array of names");
            }
            List<String> names = new ArrayList<>();
            list.forEach(alias -> names.add(text(alias, where)));
            return names;
        }

        /** {@code "scopes": {"hasOwner": true, "hasAssignedUser": true, "hasTeam": true}}. */
        private Set<EntityFeature> features(ObjectNode object) {
            Set<EntityFeature> features = EnumSet.noneOf(EntityFeature.class);
            if (object.has("scopes")) {
                ObjectNode scopes = object(object.get("scopes"), "'scopes'");
                scopes.fieldNames().forEachRemaining(key -> {
                    EntityFeature feature = EntityFeature.fromJsonName(key).orElseThrow(() -> fail("'scopes' has unknown key '"
                            + key + "' (known: hasOwner, hasAssignedUser, hasTeam)"));
                    if (bool(scopes.get(key), "'scopes." + key + "'")) {
                        features.add(feature);
                    }
                });
            }
            return features;
        }

        private FieldDefinition field(String name, JsonNode node) {
            String where = "field '" + name + "'";
            ObjectNode object = object(node, where);
            checkKeys(object, FIELD_KEYS, where);
            if (!object.has("type")) {
                throw fail(where + " has no 'type'");
            }
            String typeName = text(object.get("type"), where + " type");
            FieldType type = FieldType.fromJsonName(typeName).orElseThrow(() -> fail(where + " has unknown type '"
                    + typeName + "'"));
            FieldDefinition.Builder builder = FieldDefinition.builder(name, type);
            builder.required(flag(object, "required", where));
            builder.readOnly(flag(object, "readOnly", where));
            builder.multilang(flag(object, "isMultilang", where));
            builder.unique(flag(object, "unique", where));
            if (object.has("index")) {
                builder.index(flag(object, "index", where));
            }
            if (object.has("maxLength")) {
                JsonNode maxLength = object.get("maxLength");
                if (!maxLength.canConvertToInt() || !maxLength.isIntegralNumber()) {
                    throw fail(where + " maxLength must be a whole number");
                }
                builder.maxLength(maxLength.intValue());
            }
            if (object.has("min")) {
                builder.min(number(object.get("min"), where + " min"));
            }
            if (object.has("max")) {
                builder.max(number(object.get("max"), where + " max"));
            }
            if (object.has("options")) {
                List<String> options = new ArrayList<>();
                JsonNode list = object.get("options");
                if (!list.isArray()) {
                    throw fail(where + " options must be an array of strings");
                }
                list.forEach(option -> options.add(text(option, where + " option")));
                if (options.stream().distinct().count() != options.size()) {
                    throw fail(where + " repeats an option");
                }
                builder.options(options);
            }
            if (object.has("pattern")) {
                String pattern = text(object.get("pattern"), where + " pattern");
                try {
                    builder.pattern(Pattern.compile(pattern));
                } catch (PatternSyntaxException e) {
                    throw fail(where + " pattern is not a valid regular expression: " + e.getDescription());
                }
            }
            if (object.has("columnLength")) {
                JsonNode width = object.get("columnLength");
                if (!width.canConvertToInt() || !width.isIntegralNumber() || width.intValue() < 1) {
                    throw fail(where + " columnLength must be a positive whole number");
                }
                builder.columnLength(width.intValue());
            }
            FieldDefinition withoutDefault = builder.build();
            if (object.has("default") && !object.get("default").isNull()) {
                builder.defaultValue(defaultValue(withoutDefault, object.get("default"), where));
            }
            return builder.build();
        }

        private Object defaultValue(FieldDefinition field, JsonNode node, String where) {
            List<FieldError> errors = new ArrayList<>();
            Object raw = JSON.convertValue(node, Object.class);
            Object value = ValueConverter.convert(field, field.attribute(), raw, errors::add);
            if (!errors.isEmpty()) {
                throw fail(where + " has an invalid default: " + errors.get(0).message());
            }
            return value;
        }

        private LinkDefinition link(String name, JsonNode node) {
            String where = "link '" + name + "'";
            ObjectNode object = object(node, where);
            checkKeys(object, LINK_KEYS, where);
            if (!object.has("type") || !object.has("entity")) {
                throw fail(where + " needs 'type' and 'entity'");
            }
            String typeName = text(object.get("type"), where + " type");
            LinkType type = LinkType.fromJsonName(typeName).orElseThrow(() -> fail(where + " has unknown type '"
                    + typeName + "' (known: belongsTo, hasMany)"));
            String foreign = object.has("foreign") ? text(object.get("foreign"), where + " foreign") : null;
            String relation = object.has("relationName") ? text(object.get("relationName"), where + " relationName") : null;
            List<String> midKeys = new ArrayList<>();
            if (object.has("midKeys")) {
                JsonNode keys = object.get("midKeys");
                if (!keys.isArray() || keys.size() != 2) {
                    throw fail(where + " midKeys must be an array of two attribute names");
                }
                keys.forEach(key -> midKeys.add(text(key, where + " midKeys")));
            }
            return new LinkDefinition(name, type, text(object.get("entity"), where + " entity"), foreign, relation, midKeys);
        }

        /**
         * Index members may be attributes ({@code brandId}) or AtroCore column names ({@code brand_id}),
         * also for a belongs-to link declared without a field; {@code deleted} is dropped because the
         * platform scopes every unique key to live records itself.
         */
        private IndexDefinition index(String name, JsonNode node, boolean unique, Map<String, FieldDefinition> fields,
                Map<String, LinkDefinition> links) {
            String where = (unique ? "unique index '" : "index '") + name + "'";
            JsonNode members = node.isObject() && node.has("columns") ? node.get("columns") : node;
            if (!members.isArray() || members.isEmpty()) {
                throw fail(where + " must list its attributes");
            }
            List<String> attributes = new ArrayList<>();
            for (JsonNode member : members) {
                String attribute = attributeOf(text(member, where + " member"), fields, links);
                if (!attribute.equals(SystemFields.DELETED)) {
                    attributes.add(attribute);
                }
            }
            if (attributes.isEmpty()) {
                throw fail(where + " names no attribute besides 'deleted'");
            }
            return new IndexDefinition(name, attributes, unique);
        }

        private static String attributeOf(String member, Map<String, FieldDefinition> fields,
                Map<String, LinkDefinition> links) {
            for (FieldDefinition field : fields.values()) {
                if (Naming.toSnakeCase(field.attribute()).equals(member)) {
                    return field.attribute();
                }
            }
            for (FieldDefinition field : fields.values()) {
                if (field.type() == FieldType.LINK && field.name().equals(member)) {
                    return field.attribute();
                }
            }
            for (LinkDefinition link : links.values()) {
                String attribute = link.name() + "Id";
                if (link.type() == LinkType.BELONGS_TO
                        && (link.name().equals(member) || Naming.toSnakeCase(attribute).equals(member))) {
                    return attribute;
                }
            }
            return member;
        }

        private void forEachField(ObjectNode object, String key, BiConsumer<String, JsonNode> action) {
            if (!object.has(key)) {
                return;
            }
            ObjectNode members = object(object.get(key), "'" + key + "'");
            Iterator<Map.Entry<String, JsonNode>> entries = members.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                action.accept(entry.getKey(), entry.getValue());
            }
        }

        private ObjectNode object(JsonNode node, String what) {
            if (!(node instanceof ObjectNode object)) {
                throw fail(what + " must be a JSON object");
            }
            return object;
        }

        private void checkKeys(ObjectNode object, Set<String> known, String what) {
            object.fieldNames().forEachRemaining(key -> {
                if (!known.contains(key)) {
                    throw fail(what + " has unknown key '" + key + "' (known: " + known.stream().sorted().toList() + ")");
                }
            });
        }

        private String text(JsonNode node, String what) {
            if (node == null || !node.isTextual()) {
                throw fail(what + " must be a string");
            }
            return node.asText();
        }

        private boolean bool(JsonNode node, String what) {
            if (!node.isBoolean()) {
                throw fail(what + " must be true or false");
            }
            return node.asBoolean();
        }

        private boolean flag(ObjectNode object, String key, String where) {
            return object.has(key) && bool(object.get(key), where + " " + key);
        }

        private double number(JsonNode node, String what) {
            if (!node.isNumber()) {
                throw fail(what + " must be a number");
            }
            return node.asDouble();
        }

        private DefinitionException fail(String problem) {
            return new DefinitionException(source, problem);
        }
    }
}
