package dev.atrium.domain.metadata;

import static dev.atrium.domain.metadata.Definitions.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CatalogBuilderTest {

    private static Catalog build(Definitions... definitions) {
        CatalogBuilder builder = new CatalogBuilder();
        for (Definitions definition : definitions) {
            builder.entity(definition.build());
        }
        return builder.build(1);
    }

    private static List<String> fieldNames(EntityDefinition entity) {
        return List.copyOf(entity.fields().keySet());
    }

    @Test
    void whereFlagsAreKeptPerEntityUnderTheCatalogsSpelling() {
        Catalog catalog = new CatalogBuilder().entity(base("Gadget").build()).entity(base("Maker").build())
                .whereFlag("gadget", "isSpec").whereFlag("Gadget", "isAttribute").whereFlag("Nowhere", "isSpec")
                .build(1);

        assertThat(catalog.whereFlags(catalog.require("Gadget"))).containsExactly("isAttribute", "isSpec");
        assertThat(catalog.whereFlags(catalog.require("Maker"))).isEmpty();
    }

    @Test
    void addsIdFirstAndTheAuditFieldsLast() {
        EntityDefinition gadget = build(base("Gadget").field("price", FieldType.FLOAT)).require("Gadget");

        assertThat(fieldNames(gadget)).containsExactly("id", "name", "price", "description",
                "deleted", "createdAt", "modifiedAt", "createdById", "modifiedById", "rowVersion");
    }

    @Test
    void systemFieldsAreReadOnlySystemFields() {
        EntityDefinition gadget = build(base("Gadget")).require("Gadget");

        for (String name : List.of("id", "deleted", "createdAt", "modifiedAt", "createdById", "modifiedById")) {
            assertThat(gadget.fields().get(name)).as(name)
                    .returns(true, FieldDefinition::system).returns(true, FieldDefinition::readOnly);
        }
        assertThat(gadget.fields().get("id").maxLength()).isEqualTo(SystemFields.ID_MAX_LENGTH);
        assertThat(gadget.fields().get("createdAt").type()).isEqualTo(FieldType.DATETIME);
        assertThat(gadget.fields().get("deleted").defaultValue()).isEqualTo(false);
    }

    @Test
    void baseEntitiesGetAnOptionalNameAndDescription() {
        EntityDefinition gadget = build(base("Gadget")).require("Gadget");

        assertThat(gadget.fields().get("name")).returns(FieldType.VARCHAR, FieldDefinition::type)
                .returns(false, FieldDefinition::required).returns(false, FieldDefinition::system);
        assertThat(gadget.fields().get("description").type()).isEqualTo(FieldType.TEXT);
        assertThat(gadget.hasNameField()).isTrue();
    }

    @Test
    void aDeclaredNameOrDescriptionIsKept() {
        FieldDefinition requiredName = FieldDefinition.builder("name", FieldType.VARCHAR).required(true).maxLength(80).build();
        FieldDefinition htmlDescription = FieldDefinition.builder("description", FieldType.VARCHAR).build();

        EntityDefinition gadget = build(base("Gadget").field("size", FieldType.INT).field(requiredName)
                .field(htmlDescription)).require("Gadget");

        assertThat(gadget.fields().get("name")).isEqualTo(requiredName);
        assertThat(gadget.fields().get("description")).isEqualTo(htmlDescription);
        assertThat(fieldNames(gadget)).startsWith("id", "name", "size", "description");
    }

    @ParameterizedTest
    @EnumSource(value = EntityType.class, names = "RELATION", mode = EnumSource.Mode.EXCLUDE)
    void everyTypeButRelationGetsName(EntityType type) {
        assertThat(build(Definitions.of("Thing", type)).require("Thing").fields()).containsKeys("name", "description");
    }

    @Test
    void relationEntitiesGetNoNameOrDescription() {
        EntityDefinition pair = build(Definitions.of("GadgetPart", EntityType.RELATION).field("position", FieldType.INT))
                .require("GadgetPart");

        assertThat(fieldNames(pair)).containsExactly("id", "position",
                "deleted", "createdAt", "modifiedAt", "createdById", "modifiedById", "rowVersion");
        assertThat(pair.hasNameField()).isFalse();
    }

    @Test
    void aBelongsToLinkWithoutAFieldGetsAnIndexedLinkField() {
        Catalog catalog = build(base("Maker"), base("Gadget").link("maker", LinkType.BELONGS_TO, "Maker"));
        EntityDefinition gadget = catalog.require("Gadget");

        FieldDefinition maker = gadget.fields().get("maker");
        assertThat(maker).returns(FieldType.LINK, FieldDefinition::type).returns(true, FieldDefinition::index);
        assertThat(maker.attribute()).isEqualTo("makerId");
        assertThat(gadget.fieldByAttribute("makerId")).contains(maker);
        assertThat(gadget.fieldByAttribute("maker")).isEmpty();
        assertThat(fieldNames(gadget)).containsSubsequence("description", "maker", "deleted");
    }

    @Test
    void aHasManyLinkWithoutAFieldGetsAnUnstoredLinkMultipleField() {
        Catalog catalog = build(base("Gadget").link("maker", LinkType.BELONGS_TO, "Maker"),
                base("Maker").link(new LinkDefinition("gadgets", LinkType.HAS_MANY, "Gadget", "maker", null)));
        EntityDefinition maker = catalog.require("Maker");

        assertThat(maker.fields().get("gadgets").type()).isEqualTo(FieldType.LINK_MULTIPLE);
        assertThat(maker.storedFields()).extracting(FieldDefinition::name).doesNotContain("gadgets");
        assertThat(catalog.route(maker, "gadgets")).isEqualTo(new LinkRoute("Gadget", "makerId", "id"));
    }

    @Test
    void aManyToManyLinkRunsThroughItsRelationEntity() {
        Catalog catalog = build(base("Tag"),
                base("Gadget").link(new LinkDefinition("tags", LinkType.HAS_MANY, "Tag", null, "gadgetTag")),
                Definitions.of("GadgetTag", EntityType.RELATION).link("gadget", LinkType.BELONGS_TO, "Gadget")
                        .link("tag", LinkType.BELONGS_TO, "Tag"));

        assertThat(catalog.route(catalog.require("Gadget"), "tags"))
                .isEqualTo(new LinkRoute("GadgetTag", "gadgetId", "tagId"));
    }

    @Test
    void aRelationOfAnEntityToItselfNamesItsKeys() {
        Definitions hierarchy = Definitions.of("GadgetHierarchy", EntityType.RELATION)
                .link("parent", LinkType.BELONGS_TO, "Gadget").link("child", LinkType.BELONGS_TO, "Gadget");
        Catalog catalog = build(hierarchy, base("Gadget")
                .link(new LinkDefinition("parents", LinkType.HAS_MANY, "Gadget", "children", "gadgetHierarchy",
                        List.of("childId", "parentId")))
                .link(new LinkDefinition("children", LinkType.HAS_MANY, "Gadget", "parents", "gadgetHierarchy",
                        List.of("parentId", "childId"))));

        EntityDefinition gadget = catalog.require("Gadget");
        assertThat(catalog.route(gadget, "parents")).isEqualTo(new LinkRoute("GadgetHierarchy", "childId", "parentId"));
        assertThat(catalog.route(gadget, "children")).isEqualTo(new LinkRoute("GadgetHierarchy", "parentId", "childId"));
    }

    @Test
    void aRelationOfAnEntityToItselfWithoutKeysOrWithWrongKeysIsRefused() {
        Definitions hierarchy = Definitions.of("GadgetHierarchy", EntityType.RELATION)
                .link("parent", LinkType.BELONGS_TO, "Gadget").link("child", LinkType.BELONGS_TO, "Gadget");

        assertThatThrownBy(() -> build(hierarchy, base("Gadget")
                .link(new LinkDefinition("parents", LinkType.HAS_MANY, "Gadget", null, "gadgetHierarchy"))))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("exactly one belongsTo link to Gadget");
        assertThatThrownBy(() -> build(hierarchy, base("Gadget")
                .link(new LinkDefinition("parents", LinkType.HAS_MANY, "Gadget", null, "gadgetHierarchy",
                        List.of("childId", "ownerId")))))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("midKey 'ownerId' is not a belongsTo link of relation 'GadgetHierarchy'");
    }

    @Test
    void aHasManyLinkWithNoWayBackIsRefused() {
        assertThatThrownBy(() -> build(base("Gadget"), base("Maker").link("gadgets", LinkType.HAS_MANY, "Gadget")))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("has-many link 'gadgets' needs either a 'relationName' or a 'foreign' belongsTo link");
    }

    @Test
    void uniqueKeysComeFromUniqueIndexesThenUniqueFields() {
        EntityDefinition gadget = build(base("Maker"), base("Gadget")
                .field(FieldDefinition.builder("code", FieldType.VARCHAR).unique(true).build())
                .field("size", FieldType.INT)
                .link("maker", LinkType.BELONGS_TO, "Maker")
                .index("bySize", false, "size")
                .index("sizePerMaker", true, "makerId", "size")).require("Gadget");

        assertThat(gadget.uniqueKeys()).extracting(IndexDefinition::name, IndexDefinition::attributes).containsExactly(
                tuple("sizePerMaker", List.of("makerId", "size")),
                tuple("code", List.of("code")));
    }

    @Test
    void sortByDefaultsToIdAndMayNameALinkAttribute() {
        Catalog catalog = build(base("Maker"), base("Gadget").link("maker", LinkType.BELONGS_TO, "Maker").sortBy("makerId"));

        assertThat(catalog.require("Maker").sortBy()).isEqualTo("id");
        assertThat(catalog.require("Gadget").sortBy()).isEqualTo("makerId");
    }

    @Test
    void keepsTheModulesAndVersion() {
        Catalog catalog = new CatalogBuilder().module("core").module("pim").entity(base("Gadget").build()).build(7);

        assertThat(catalog.modules()).containsExactly("core", "pim");
        assertThat(catalog.version()).isEqualTo(7);
        assertThat(catalog.entities()).extracting(EntityDefinition::name).containsExactly("Gadget");
    }
}
