package dev.atrium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.DefinitionException;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.IndexDefinition;

class CatalogAssemblerTest {

    @Test
    void buildsTheCatalogFromTheModulesFiles() {
        Catalog catalog = CatalogAssembler.assemble(List.of(FixtureModule.of("fixtures", "Maker", "Gadget", "GadgetPart")), 5);

        assertThat(catalog.version()).isEqualTo(5);
        assertThat(catalog.modules()).containsExactly("fixtures");
        assertThat(catalog.entities()).extracting(EntityDefinition::name).containsExactly("Maker", "Gadget", "GadgetPart");
        assertThat(catalog.require("Gadget").fields()).containsKeys("id", "code", "maker", "createdAt");
        assertThat(catalog.require("GadgetPart").uniqueKeys()).extracting(IndexDefinition::attributes)
                .containsExactly(List.of("gadgetId", "makerId"), List.of("gadgetId", "position"));
    }

    @Test
    void aModuleMayLinkToEntitiesOfAModuleLoadedBefore() {
        Catalog catalog = CatalogAssembler.assemble(List.of(FixtureModule.of("makers", "Maker"),
                new FixtureModule("gadgets", Set.of("makers"), "definitions/Gadget.json")), 1);

        assertThat(catalog.modules()).containsExactly("makers", "gadgets");
        assertThat(catalog.require("Gadget").source()).startsWith("module 'gadgets', ");
    }

    @Test
    void aMissingResourceStopsTheBuildNamingItAndItsOwner() {
        assertThatExceptionOfType(ModuleException.class)
                .isThrownBy(() -> CatalogAssembler.assemble(List.of(FixtureModule.of("fixtures", "Maker", "Nowhere")), 1))
                .withMessageStartingWith("module 'fixtures' (")
                .withMessageEndingWith("test-classes) failed to contribute: java.lang.IllegalStateException: module "
                        + "resource not found: definitions/Nowhere.json (relative to " + FixtureModule.class.getName() + ")");
    }

    @Test
    void anInvalidFileFailsNamingTheModuleAndTheFile() {
        assertThatExceptionOfType(DefinitionException.class)
                .isThrownBy(() -> CatalogAssembler.assemble(List.of(FixtureModule.of("broken", "invalid/UnknownKey")), 1))
                .withMessageStartingWith("module 'broken', ")
                .withMessageContaining("invalid/UnknownKey.json: ")
                .withMessageContaining("unknown key 'feilds'");
    }

    @Test
    void twoModulesDefiningOneEntityFailNamingBoth() {
        assertThatExceptionOfType(DefinitionException.class)
                .isThrownBy(() -> CatalogAssembler.assemble(List.of(FixtureModule.of("first", "Maker"),
                        FixtureModule.of("second", "Maker")), 1))
                .withMessageStartingWith("module 'second', ")
                .withMessageContaining("already defined by module 'first', ");
    }

    @Test
    void aLinkToAnEntityNoModuleDefinesFails() {
        assertThatExceptionOfType(DefinitionException.class)
                .isThrownBy(() -> CatalogAssembler.assemble(List.of(FixtureModule.of("gadgets", "Gadget")), 1))
                .withMessageContaining("Gadget.json: ")
                .withMessageContaining("'Maker', which no loaded module defines");
    }
}
