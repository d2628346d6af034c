package dev.atrium.module.pim;

import dev.atrium.application.spi.ModuleContributions;
import dev.atrium.application.spi.PlatformModule;

/** Contributes the PIM entities; found through {@code META-INF/services}. */
public final class PimModule implements PlatformModule {

    @Override
    public String id() {
        return "pim";
    }

    @Override
    public void contribute(ModuleContributions contributions) {
        contributions.entityDefinitions(PimModule.class,
                "entities/Brand.json",
                "entities/Product.json",
                "entities/Category.json",
                "entities/ProductCategory.json");
    }
}
