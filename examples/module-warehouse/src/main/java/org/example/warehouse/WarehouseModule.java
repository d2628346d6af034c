package org.example.warehouse;

import java.util.Set;

import dev.atrium.application.spi.ModuleContributions;
import dev.atrium.application.spi.PlatformModule;

/**
 * Warehouses and how much of each product they hold. Found by Atrium through
 * {@code META-INF/services/dev.atrium.application.spi.PlatformModule}; builds on the PIM for {@code Product}.
 */
public final class WarehouseModule implements PlatformModule {

    @Override
    public String id() {
        return "warehouse";
    }

    /** The compiler copies the constant in: Atrium sees the SPI version this jar was built against. */
    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("pim");
    }

    @Override
    public void contribute(ModuleContributions contributions) {
        contributions.entityDefinitions(WarehouseModule.class, "entities/Warehouse.json", "entities/StockLevel.json")
                .recordHook("Warehouse", new WarehouseCodes())
                .recordHook("StockLevel", new StockRules())
                .recordAction("StockLevel", "POST", "reserve", Reservations::reserve)
                .recordAction("Product", "GET", "stock", ProductStock::of)
                .demoData(new DemoStock())
                .dataMigration(1, "Every installation has the main warehouse", MainWarehouse::ensure);
    }
}
