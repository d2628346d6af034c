package dev.atrium.application.service;

import java.net.URL;
import java.util.List;

import dev.atrium.application.spi.ModuleContributions;
import dev.atrium.application.spi.PlatformModule;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.CatalogBuilder;

/** Builds a catalog from what the modules contribute, in their load order. */
public final class CatalogAssembler {

    private CatalogAssembler() {
    }

    /** @throws dev.atrium.domain.metadata.DefinitionException naming the file and the problem */
    public static Catalog assemble(List<PlatformModule> modules, long version) {
        CatalogBuilder builder = new CatalogBuilder();
        for (PlatformModule module : modules) {
            builder.module(module.id());
            module.contribute(new Collector(module.id(), builder));
        }
        return builder.build(version);
    }

    /** The collector one module writes into. */
    private static final class Collector implements ModuleContributions {
        private final String moduleId;
        private final CatalogBuilder builder;

        Collector(String moduleId, CatalogBuilder builder) {
            this.moduleId = moduleId;
            this.builder = builder;
        }

        @Override
        public ModuleContributions entityDefinition(URL jsonResource) {
            builder.entity(EntityDefinitionReader.read(jsonResource, moduleId));
            return this;
        }
    }
}
