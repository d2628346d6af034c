package dev.atrium.adapter.openapi;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;

import dev.atrium.domain.metadata.EntityFeature;
import dev.atrium.domain.metadata.EntityType;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.LinkType;

/** The schemas of {@code GET /Metadata}, the entity definitions as the caller may see them, and of {@code GET /I18n}. */
final class MetadataSchemas {

    static final String METADATA = "Metadata";
    static final String I18N = "I18n";
    private static final String SCOPE_LABELS = "ScopeLabels";
    private static final String ENTITY_DEF = "EntityDef";
    private static final String FIELD_DEF = "FieldDef";
    private static final String LINK_DEF = "LinkDef";
    private static final String SCOPE = "Scope";

    private final SchemaFactory schemas;

    MetadataSchemas(SchemaFactory schemas) {
        this.schemas = schemas;
    }

    void addTo(Components components) {
        Schema<Object> metadata = object("The entities the caller may reach, with the fields they may read.");
        metadata.addProperty("entityDefs", mapOf(schemas.ref(ENTITY_DEF)));
        metadata.addProperty("scopes", mapOf(schemas.ref(SCOPE)));
        metadata.addProperty("fields", mapOf(schemas.typed("object", false)));
        metadata.setRequired(List.of("entityDefs", "scopes", "fields"));
        components.addSchemas(METADATA, metadata);

        Schema<Object> entityDef = object("One entity's definition.");
        entityDef.addProperty("fields", mapOf(schemas.ref(FIELD_DEF)));
        entityDef.addProperty("links", mapOf(schemas.ref(LINK_DEF)));
        Schema<Object> collection = object("The default order of lists.");
        collection.addProperty("sortBy", text());
        collection.addProperty("asc", schemas.typed("boolean", false));
        entityDef.addProperty("collection", collection);
        entityDef.setRequired(List.of("fields", "links", "collection"));
        components.addSchemas(ENTITY_DEF, entityDef);

        components.addSchemas(FIELD_DEF, fieldDef());

        Schema<Object> linkDef = object("A relationship to another entity.");
        linkDef.addProperty("type", options(Arrays.stream(LinkType.values()).map(LinkType::jsonName).toList()));
        linkDef.addProperty("entity", text());
        linkDef.addProperty("foreign", text());
        linkDef.addProperty("relationName", text());
        linkDef.setRequired(List.of("type", "entity"));
        components.addSchemas(LINK_DEF, linkDef);

        Schema<Object> scope = object("An entity's kind and access-control flags.");
        scope.addProperty("entity", schemas.typed("boolean", false));
        scope.addProperty("type", options(Arrays.stream(EntityType.values()).map(EntityType::jsonName).toList()));
        scope.addProperty("acl", schemas.typed("boolean", false));
        for (EntityFeature feature : EntityFeature.values()) {
            scope.addProperty(feature.jsonName(), schemas.typed("boolean", false));
        }
        scope.setRequired(List.of("entity", "type", "acl"));
        components.addSchemas(SCOPE, scope);

        components.addSchemas(I18N, mapOf(schemas.ref(SCOPE_LABELS)).description("Labels by entity, and Global."));
        Schema<Object> labels = object("The labels of one entity (or, under Global, of the entities themselves).");
        for (String property : List.of("fields", "links", "scopeNames", "scopeNamesPlural")) {
            labels.addProperty(property, mapOf(text()));
        }
        labels.addProperty("options", mapOf(mapOf(text())));
        components.addSchemas(SCOPE_LABELS, labels);
    }

    private Schema<Object> fieldDef() {
        Schema<Object> field = object("One field and its rules.");
        field.addProperty("type", options(Arrays.stream(FieldType.values()).map(FieldType::jsonName).toList()));
        field.addProperty("required", schemas.typed("boolean", false));
        field.addProperty("readOnly", schemas.typed("boolean", false));
        field.addProperty("maxLength", schemas.typed("integer", false));
        field.addProperty("unique", schemas.typed("boolean", false));
        Schema<Object> optionList = schemas.typed("array", false);
        optionList.setItems(text());
        field.addProperty("options", optionList);
        field.addProperty("min", schemas.typed("number", false));
        field.addProperty("max", schemas.typed("number", false));
        field.addProperty("pattern", text());
        field.addProperty("default", schemas.anyValue());
        field.addProperty("isMultilang", schemas.typed("boolean", false));
        Schema<Object> language = text();
        language.setDescription("For a multilingual field's companion, the language it holds.");
        field.addProperty("language", language);
        field.setRequired(List.of("type", "required", "readOnly"));
        return field;
    }

    private Schema<Object> mapOf(Schema<Object> values) {
        Schema<Object> map = schemas.typed("object", false);
        map.setAdditionalProperties(values);
        return map;
    }

    private Schema<Object> options(List<String> values) {
        Schema<Object> schema = text();
        schema.setEnum(List.copyOf(values));
        return schema;
    }

    private Schema<Object> text() {
        return schemas.typed("string", false);
    }

    private Schema<Object> object(String description) {
        Schema<Object> schema = schemas.typed("object", false);
        schema.setDescription(description);
        return schema;
    }
}
