package dev.atrium.domain.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Declares entities the way a definition file would, for building catalogs in tests. */
final class Definitions {

    private final String name;
    private final EntityType type;
    private final Map<String, FieldDefinition> fields = new LinkedHashMap<>();
    private final Map<String, LinkDefinition> links = new LinkedHashMap<>();
    private final List<IndexDefinition> indexes = new ArrayList<>();
    private String sortBy;

    private Definitions(String name, EntityType type) {
        this.name = name;
        this.type = type;
    }

    static Definitions base(String name) {
        return new Definitions(name, EntityType.BASE);
    }

    static Definitions of(String name, EntityType type) {
        return new Definitions(name, type);
    }

    static String sourceOf(String name) {
        return "module 'test', " + name + ".json";
    }

    Definitions field(FieldDefinition field) {
        fields.put(field.name(), field);
        return this;
    }

    Definitions field(String fieldName, FieldType fieldType) {
        return field(FieldDefinition.builder(fieldName, fieldType).build());
    }

    Definitions link(String linkName, LinkType linkType, String entity) {
        return link(new LinkDefinition(linkName, linkType, entity, null, null));
    }

    Definitions link(LinkDefinition link) {
        links.put(link.name(), link);
        return this;
    }

    Definitions index(String indexName, boolean unique, String... attributes) {
        indexes.add(new IndexDefinition(indexName, List.of(attributes), unique));
        return this;
    }

    Definitions sortBy(String attribute) {
        this.sortBy = attribute;
        return this;
    }

    EntityDefinition build() {
        return new EntityDefinition(name, type, fields, links, indexes, sortBy, true, sourceOf(name));
    }
}
