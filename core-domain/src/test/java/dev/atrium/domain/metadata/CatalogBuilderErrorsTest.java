package dev.atrium.domain.metadata;

import static dev.atrium.domain.metadata.Definitions.base;
import static dev.atrium.domain.metadata.Definitions.sourceOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogBuilderErrorsTest {

    /** Builds the catalog, expecting a failure blamed on {@code culprit}'s definition; returns the problem. */
    private static String problem(String culprit, Definitions... definitions) {
        DefinitionException failure = catchThrowableOfType(DefinitionException.class, () -> {
            CatalogBuilder builder = new CatalogBuilder();
            for (Definitions definition : definitions) {
                builder.entity(definition.build());
            }
            builder.build(1);
        });
        assertThat(failure).as("definition failure").isNotNull();
        assertThat(failure.getMessage()).startsWith(sourceOf(culprit) + ": ");
        return failure.getMessage().substring(sourceOf(culprit).length() + 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gadget", "Gad_get", "1Gadget", "Gad-get"})
    void refusesABadEntityName(String name) {
        assertThat(problem(name, base(name))).contains("entity name '" + name + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Price", "pri_ce", "2price"})
    void refusesABadFieldName(String name) {
        assertThat(problem("Gadget", base("Gadget").field(name, FieldType.INT))).contains("field name '" + name + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "createdAt", "modifiedAt", "deleted", "createdById", "createdBy", "deletedKey"})
    void refusesRedefiningASystemField(String name) {
        assertThat(problem("Gadget", base("Gadget").field(name, FieldType.VARCHAR))).contains("'" + name + "'", "system field");
    }

    @Test
    void refusesAnEnumOrMultiEnumWithoutOptions() {
        assertThat(problem("Gadget", base("Gadget").field("status", FieldType.ENUM))).contains("'status'", "needs 'options'");
        assertThat(problem("Gadget", base("Gadget").field("colours", FieldType.MULTI_ENUM))).contains("'colours'", "options");
    }

    @Test
    void refusesMinAboveMaxAndMaxLengthBelowOne() {
        FieldDefinition size = FieldDefinition.builder("size", FieldType.INT).min(5.0).max(1.0).build();
        FieldDefinition code = FieldDefinition.builder("code", FieldType.VARCHAR).maxLength(0).build();

        assertThat(problem("Gadget", base("Gadget").field(size))).contains("'size'", "min greater than max");
        assertThat(problem("Gadget", base("Gadget").field(code))).contains("'code'", "maxLength below 1");
    }

    @Test
    void refusesALinkToAnEntityNoModuleDefines() {
        assertThat(problem("Gadget", base("Gadget").link("maker", LinkType.BELONGS_TO, "Maker")))
                .contains("link 'maker'", "'Maker'", "no loaded module defines");
    }

    @Test
    void linkTargetsMatchEntityNamesExactly() {
        assertThat(problem("Gadget", base("Maker"), base("Gadget").link("maker", LinkType.BELONGS_TO, "maker")))
                .contains("'maker'", "no loaded module defines");
    }

    @Test
    void refusesALinkFieldWithoutItsLink() {
        assertThat(problem("Gadget", base("Maker"), base("Gadget").field("maker", FieldType.LINK)))
                .contains("field 'maker'", "needs a belongsTo link");
        assertThat(problem("Gadget", base("Gadget").field("parts", FieldType.LINK_MULTIPLE)))
                .contains("field 'parts'", "needs a hasMany link");
    }

    @Test
    void refusesALinkWhoseFieldHasAnotherType() {
        assertThat(problem("Gadget", base("Maker"), base("Gadget").field("maker", FieldType.VARCHAR)
                .link("maker", LinkType.BELONGS_TO, "Maker"))).contains("link 'maker'", "expected link");
    }

    @Test
    void refusesAForeignLinkOrRelationTheTargetLacks() {
        Definitions gadget = base("Gadget").link(new LinkDefinition("parts", LinkType.HAS_MANY, "Part", "gadget", null));
        Definitions viaRelation = base("Gadget").link(new LinkDefinition("parts", LinkType.HAS_MANY, "Part", null, "gadgetPart"));

        assertThat(problem("Gadget", base("Part"), gadget)).contains("foreign link 'gadget'", "'Part'");
        assertThat(problem("Gadget", base("Part"), viaRelation)).contains("relation 'gadgetPart'");
    }

    @Test
    void refusesAnEntityDefinedTwiceNamingBothSources() {
        DefinitionException failure = catchThrowableOfType(DefinitionException.class,
                () -> new CatalogBuilder().entity(base("Gadget").build()).entity(base("Gadget").build()));

        assertThat(failure).hasMessageContaining("entity 'Gadget' is already defined by " + sourceOf("Gadget"));
    }

    @Test
    void refusesEntitiesDifferingOnlyByCase() {
        DefinitionException failure = catchThrowableOfType(DefinitionException.class,
                () -> new CatalogBuilder().entity(base("Gadget").build()).entity(base("GADGET").build()));

        assertThat(failure).hasMessageStartingWith(sourceOf("GADGET") + ": ")
                .hasMessageContaining("already defined by " + sourceOf("Gadget"));
    }

    @Test
    void refusesAnIndexOverAnUnknownOrUnstoredAttribute() {
        assertThat(problem("Gadget", base("Gadget").index("byColour", false, "colour")))
                .contains("index 'byColour'", "'colour'", "not a stored attribute");
        assertThat(problem("Gadget", base("Maker"), base("Gadget").link("maker", LinkType.BELONGS_TO, "Maker")
                .index("byMaker", true, "maker"))).contains("'maker'");
    }

    @Test
    void refusesIndexingAnUnstoredField() {
        FieldDefinition parts = FieldDefinition.builder("parts", FieldType.LINK_MULTIPLE).unique(true).build();

        assertThat(problem("Gadget", base("Part"), base("Gadget").field(parts)
                .link("parts", LinkType.HAS_MANY, "Part"))).contains("'parts'", "not stored");
    }

    @Test
    void refusesSortingByWhatIsNotAStoredField() {
        assertThat(problem("Gadget", base("Gadget").sortBy("colour"))).contains("sortBy 'colour'", "not a stored field");
        assertThat(problem("Gadget", base("Maker"), base("Gadget").link("maker", LinkType.BELONGS_TO, "Maker")
                .sortBy("maker"))).contains("sortBy 'maker'");
    }

    @Test
    void refusesTwoAttributesSharingAColumn() {
        assertThat(problem("Gadget", base("Gadget").field("productURL", FieldType.URL).field("productUrl", FieldType.URL)))
                .contains("'productURL'", "'productUrl'", "column 'product_url'");
    }

    @Test
    void refusesAFieldClashingWithALinkColumn() {
        assertThat(problem("Gadget", base("Maker"), base("Gadget").field("makerId", FieldType.VARCHAR)
                .link("maker", LinkType.BELONGS_TO, "Maker"))).contains("column 'maker_id'");
    }

}
