package dev.atrium.application.service;

import java.util.List;
import java.util.Set;

import dev.atrium.application.spi.ModuleContributions;
import dev.atrium.application.spi.PlatformModule;
import dev.atrium.domain.metadata.Catalog;

/** A module contributing definition files from the test resources beside this class ({@code definitions/...}). */
final class FixtureModule implements PlatformModule {

    private final String id;
    private final Set<String> dependsOn;
    private final String[] resources;

    FixtureModule(String id, Set<String> dependsOn, String... resources) {
        this.id = id;
        this.dependsOn = dependsOn;
        this.resources = resources;
    }

    static FixtureModule of(String id, String... entityNames) {
        String[] resources = new String[entityNames.length];
        for (int i = 0; i < entityNames.length; i++) {
            resources[i] = "definitions/" + entityNames[i] + ".json";
        }
        return new FixtureModule(id, Set.of(), resources);
    }

    /** Maker and Gadget: every field type, a unique code, a required name, an enum default and a link. */
    static Catalog makersAndGadgets() {
        return CatalogAssembler.assemble(List.of(of("fixtures", "Maker", "Gadget")), 1);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<String> dependsOn() {
        return dependsOn;
    }

    @Override
    public void contribute(ModuleContributions contributions) {
        contributions.entityDefinitions(getClass(), resources);
    }
}
