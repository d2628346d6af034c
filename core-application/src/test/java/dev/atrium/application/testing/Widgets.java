package dev.atrium.application.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.atrium.domain.metadata.CatalogBuilder;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.EntityType;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.IndexDefinition;

/** A Widget entity with a unique code and a unique (size, colour) pair, for testing the fakes. */
final class Widgets {

    static final EntityDefinition WIDGET = widget();

    private Widgets() {
    }

    static Map<String, Object> widget(String id, String code, Long size, String colour) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("name", "Widget " + id);
        values.put("code", code);
        values.put("size", size);
        values.put("colour", colour);
        return values;
    }

    private static EntityDefinition widget() {
        Map<String, FieldDefinition> fields = new LinkedHashMap<>();
        fields.put("code", FieldDefinition.builder("code", FieldType.VARCHAR).unique(true).build());
        fields.put("size", FieldDefinition.builder("size", FieldType.INT).build());
        fields.put("colour", FieldDefinition.builder("colour", FieldType.VARCHAR).build());
        fields.put("specs", FieldDefinition.builder("specs", FieldType.JSON_OBJECT).build());
        EntityDefinition declared = new EntityDefinition("Widget", EntityType.BASE, fields, Map.of(),
                List.of(new IndexDefinition("sizeAndColour", List.of("size", "colour"), true)), null, true, "test");
        return new CatalogBuilder().entity(declared).build(1).require("Widget");
    }
}
