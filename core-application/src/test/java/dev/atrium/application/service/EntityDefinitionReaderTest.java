package dev.atrium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.EntityType;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.IndexDefinition;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.LinkType;

class EntityDefinitionReaderTest {

    static EntityDefinition read(String path) {
        URL resource = EntityDefinitionReaderTest.class.getResource("definitions/" + path);
        assertThat(resource).as("fixture %s", path).isNotNull();
        return EntityDefinitionReader.read(resource, "fixtures");
    }

    @Test
    void theEntityIsNamedAfterItsFileAndRemembersItsSource() {
        EntityDefinition gadget = read("Gadget.json");

        assertThat(gadget.name()).isEqualTo("Gadget");
        assertThat(gadget.type()).isEqualTo(EntityType.BASE);
        assertThat(gadget.source()).startsWith("module 'fixtures', ").endsWith("definitions/Gadget.json");
    }

    @Test
    void readsFieldsInFileOrderWithTheirParameters() {
        EntityDefinition gadget = read("Gadget.json");

        assertThat(gadget.fields().keySet()).startsWith("name", "code", "notes", "active", "stock").endsWith("maker");
        assertThat(gadget.fields().get("code")).returns(FieldType.VARCHAR, FieldDefinition::type)
                .returns(40, FieldDefinition::maxLength).returns(true, FieldDefinition::unique);
        assertThat(gadget.fields().get("code").pattern().pattern()).isEqualTo("^[A-Z0-9-]+$");
        assertThat(gadget.fields().get("name")).returns(true, FieldDefinition::required)
                .returns(FieldDefinition.DEFAULT_MAX_LENGTH, FieldDefinition::maxLength);
        assertThat(gadget.fields().get("stock")).returns(0.0, FieldDefinition::min).returns(1_000_000.0, FieldDefinition::max);
        assertThat(gadget.fields().get("status")).returns(List.of("draft", "active", "retired"), FieldDefinition::options)
                .returns(true, FieldDefinition::index);
        assertThat(gadget.fields().get("notes").maxLength()).isNull();
    }

    @Test
    void defaultsAreTypedLikeValues() {
        EntityDefinition gadget = read("Gadget.json");
        EntityDefinition part = read("GadgetPart.json");

        assertThat(gadget.fields().get("status").defaultValue()).isEqualTo("draft");
        assertThat(gadget.fields().get("active").defaultValue()).isEqualTo(true);
        assertThat(part.fields().get("position").defaultValue()).isEqualTo(1L);
        assertThat(gadget.fields().get("notes").defaultValue()).isNull();
    }

    @Test
    void readsLinksCollectionAndIndexes() {
        EntityDefinition gadget = read("Gadget.json");

        assertThat(gadget.links().get("maker")).isEqualTo(new LinkDefinition("maker", LinkType.BELONGS_TO, "Maker", "gadgets", null));
        assertThat(gadget.sortBy()).isEqualTo("name");
        assertThat(gadget.sortAscending()).isTrue();
        assertThat(gadget.indexes()).containsExactly(new IndexDefinition("byStatus", List.of("status"), false));
    }

    @Test
    void readsARelationEntityAndItsDescendingOrder() {
        EntityDefinition part = read("GadgetPart.json");

        assertThat(part.type()).isEqualTo(EntityType.RELATION);
        assertThat(part.sortBy()).isEqualTo("position");
        assertThat(part.sortAscending()).isFalse();
    }

    @Test
    void indexMembersMayBeColumnNamesOrLinkNamesOfDeclaredFields() {
        EntityDefinition accessory = read("Accessory.json");

        assertThat(accessory.indexes()).extracting(IndexDefinition::name, IndexDefinition::attributes)
                .containsExactly(tuple("bySerial", List.of("makerId", "serialNumber")), tuple("byMaker", List.of("makerId")));
    }

    @Test
    void indexMembersMayNameLinksDeclaredWithoutAField() {
        EntityDefinition part = read("GadgetPart.json");

        assertThat(part.indexes()).extracting(IndexDefinition::name, IndexDefinition::attributes, IndexDefinition::unique)
                .containsExactly(
                        tuple("byMaker", List.of("makerId"), false),
                        tuple("byGadgetAndMaker", List.of("gadgetId", "makerId"), true),
                        tuple("byPosition", List.of("gadgetId", "position"), true));
    }

    @Test
    void anEmptyDefinitionIsABaseEntitySortedById() {
        EntityDefinition minimal = read("Minimal.json");

        assertThat(minimal.name()).isEqualTo("Minimal");
        assertThat(minimal.type()).isEqualTo(EntityType.BASE);
        assertThat(minimal.fields()).isEmpty();
        assertThat(minimal.sortBy()).isEqualTo("id");
        assertThat(minimal.sortAscending()).isTrue();
    }
}
