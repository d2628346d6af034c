package org.example.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.atrium.application.port.in.UpsertUseCase.Item;
import dev.atrium.application.spi.DemoData;

/**
 * Two warehouses and stock of the PIM's first demo products, for ATRIUM_SEED_DEMO=true or
 * {@code java -jar atrium.war seed-demo} (the PIM seeds first, as this module depends on it). Fixed ids:
 * seeding twice changes nothing; the codes start with DEMO-, so they never take one a user wants.
 */
final class DemoStock implements DemoData {

    private static final int PRODUCTS = 20;

    @Override
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        items.add(new Item("Warehouse", Map.of("id", "demo-north", "name", "North", "code", "DEMO-NORTH", "city", "Hamburg"),
                null));
        items.add(new Item("Warehouse", Map.of("id", "demo-south", "name", "South", "code", "DEMO-SOUTH", "city", "Munich"),
                null));
        for (int i = 1; i <= PRODUCTS; i++) {
            String product = String.format("demo-product-%04d", i);
            items.add(new Item("StockLevel", Map.of("id", product + "-north", "productId", product,
                    "warehouseId", "demo-north", "quantity", 10 * i, "bin", "N-" + i), null));
            if (i % 2 == 0) {
                items.add(new Item("StockLevel", Map.of("id", product + "-south", "productId", product,
                        "warehouseId", "demo-south", "quantity", 5 * i, "bin", "S-" + i), null));
            }
        }
        return items;
    }
}
