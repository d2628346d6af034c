package dev.atrium.domain.record;

import java.util.List;
import java.util.Map;

import dev.atrium.domain.metadata.CatalogBuilder;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.EntityType;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.LinkType;

/** A Gadget entity, completed by the catalog builder, with a required field, a default and a link. */
final class Gadgets {

    static final EntityDefinition GADGET = build();

    private Gadgets() {
    }

    private static EntityDefinition build() {
        Map<String, FieldDefinition> fields = Map.of(
                "name", FieldDefinition.builder("name", FieldType.VARCHAR).required(true).build(),
                "status", FieldDefinition.builder("status", FieldType.ENUM).options(List.of("draft", "done"))
                        .defaultValue("draft").build(),
                "tags", FieldDefinition.builder("tags", FieldType.ARRAY).required(true).build(),
                "quantity", FieldDefinition.builder("quantity", FieldType.INT).build(),
                "score", FieldDefinition.builder("score", FieldType.INT).readOnly(true).defaultValue(5L).build());
        Map<String, LinkDefinition> links = Map.of("maker", new LinkDefinition("maker", LinkType.BELONGS_TO, "Maker", null, null));
        return new CatalogBuilder()
                .entity(new EntityDefinition("Maker", EntityType.BASE, Map.of(), Map.of(), List.of(), null, true, "test"))
                .entity(new EntityDefinition("Gadget", EntityType.BASE, fields, links, List.of(), null, true, "test"))
                .build(1).require("Gadget");
    }
}
