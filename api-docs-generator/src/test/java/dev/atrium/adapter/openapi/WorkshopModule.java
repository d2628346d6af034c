package dev.atrium.adapter.openapi;

import dev.atrium.application.spi.ModuleContributions;
import dev.atrium.application.spi.PlatformModule;

/** A test plug-in, independent of PIM: a Supplier and a Gadget with a field of every type and parameter. */
public final class WorkshopModule implements PlatformModule {

    @Override
    public String id() {
        return "workshop";
    }

    @Override
    public void contribute(ModuleContributions contributions) {
        contributions.entityDefinitions(WorkshopModule.class, "workshop/Supplier.json", "workshop/Gadget.json");
    }
}
