package dev.atrium.adapter.persistence;

import java.util.List;

import dev.atrium.application.service.CatalogAssembler;
import dev.atrium.application.spi.ModuleContributions;
import dev.atrium.application.spi.PlatformModule;
import dev.atrium.application.testing.ContractCatalog;
import dev.atrium.domain.metadata.Catalog;

/** The contract catalog (Part, Maker) plus {@code Order}, whose table and fields are SQL keywords. */
final class SpecificsCatalog {

    static final Catalog CATALOG = build();

    private SpecificsCatalog() {
    }

    private static Catalog build() {
        PlatformModule module = new PlatformModule() {
            @Override
            public String id() {
                return "specifics";
            }

            @Override
            public void contribute(ModuleContributions contributions) {
                contributions.entityDefinitions(ContractCatalog.class, "Maker.json", "Part.json");
                contributions.entityDefinitions(SpecificsCatalog.class, "Order.json");
            }
        };
        return CatalogAssembler.assemble(List.of(module), 1);
    }
}
