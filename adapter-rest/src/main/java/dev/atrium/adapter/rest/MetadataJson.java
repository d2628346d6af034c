package dev.atrium.adapter.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.EntityFeature;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.record.ValueConverter;
import dev.atrium.domain.security.AccessPolicy;
import dev.atrium.domain.security.EntityAccess;

/**
 * The catalog as AtroCore's {@code Metadata} answers it, as one caller sees it: {@code entityDefs}
 * (fields, links, default order), {@code scopes} (type and flags) and {@code fields} (the field types),
 * leaving out the entities the caller cannot reach and the fields they may not read.
 */
final class MetadataJson {

    private MetadataJson() {
    }

    static Map<String, Object> of(Catalog catalog, AccessPolicy policy) {
        Map<String, Object> entityDefs = new LinkedHashMap<>();
        Map<String, Object> scopes = new LinkedHashMap<>();
        for (EntityDefinition entity : catalog.entities()) {
            EntityAccess access = policy.of(entity.name());
            if (access.reachesAnything()) {
                entityDefs.put(entity.name(), entityDef(entity, access));
                scopes.put(entity.name(), scope(entity));
            }
        }
        Map<String, Object> fieldTypes = new LinkedHashMap<>();
        for (FieldType type : FieldType.values()) {
            fieldTypes.put(type.jsonName(), Map.of());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("entityDefs", entityDefs);
        json.put("scopes", scopes);
        json.put("fields", fieldTypes);
        return json;
    }

    private static Map<String, Object> entityDef(EntityDefinition entity, EntityAccess access) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (FieldDefinition field : entity.fields().values()) {
            if (access.canRead(field.name()) && field.type() != FieldType.PASSWORD
                    && !SystemFields.isHidden(field.attribute())) {
                fields.put(field.name(), field(field));
            }
        }
        Map<String, Object> links = new LinkedHashMap<>();
        for (LinkDefinition link : entity.links().values()) {
            if (access.canRead(link.name())) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("type", link.type().jsonName());
                json.put("entity", link.entity());
                putIf(json, "foreign", link.foreign());
                putIf(json, "relationName", link.relationName());
                links.put(link.name(), json);
            }
        }
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("fields", fields);
        def.put("links", links);
        def.put("collection", Map.of("sortBy", entity.sortBy(), "asc", entity.sortAscending()));
        return def;
    }

    private static Map<String, Object> field(FieldDefinition field) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", field.type().jsonName());
        json.put("required", field.required());
        json.put("readOnly", field.readOnly() || field.system());
        putIf(json, "maxLength", field.maxLength());
        if (field.unique()) {
            json.put("unique", true);
        }
        if (!field.options().isEmpty()) {
            json.put("options", field.options());
        }
        putIf(json, "min", field.min());
        putIf(json, "max", field.max());
        putIf(json, "pattern", field.pattern() == null ? null : field.pattern().pattern());
        putIf(json, "default", ValueConverter.toJson(field.defaultValue()));
        if (field.multilang()) {
            json.put("isMultilang", true);
        }
        putIf(json, "language", field.language());
        return json;
    }

    private static Map<String, Object> scope(EntityDefinition entity) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("entity", true);
        scope.put("type", entity.type().jsonName());
        scope.put("acl", true);
        for (EntityFeature feature : EntityFeature.values()) {
            scope.put(feature.jsonName(), entity.has(feature));
        }
        return scope;
    }

    private static void putIf(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
