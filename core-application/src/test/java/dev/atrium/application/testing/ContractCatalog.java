package dev.atrium.application.testing;

import java.util.List;

import dev.atrium.application.service.CatalogAssembler;
import dev.atrium.application.spi.ModuleContributions;
import dev.atrium.application.spi.PlatformModule;
import dev.atrium.domain.metadata.Catalog;

/** The catalog the repository contract runs on: a Part with a field of every type, and its Maker. */
public final class ContractCatalog {

    private ContractCatalog() {
    }

    public static Catalog build() {
        PlatformModule module = new PlatformModule() {
            @Override
            public String id() {
                return "contract";
            }

            @Override
            public void contribute(ModuleContributions contributions) {
                contributions.entityDefinitions(ContractCatalog.class, "Maker.json", "Part.json");
            }
        };
        return CatalogAssembler.assemble(List.of(module), 1);
    }
}
