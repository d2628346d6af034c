package org.example.warehouse;

import java.util.List;
import java.util.Map;

import dev.atrium.application.port.in.UpsertUseCase.Item;
import dev.atrium.application.port.in.UpsertUseCase.Result;
import dev.atrium.application.spi.DataMigrationContext;

/**
 * Data migration 1: every installation has the warehouse {@code MAIN}, which stock goes to unless said
 * otherwise. It runs once per database; after that the warehouse is the operators' to rename or close.
 * Upserted by its unique code, so running it again (after a failed start) does no harm.
 */
final class MainWarehouse {

    static final String CODE = "MAIN";

    private MainWarehouse() {
    }

    static void ensure(DataMigrationContext context) {
        Result result = context.upserts().upsert(context.caller(), List.of(new Item("Warehouse",
                Map.of("code", CODE, "name", "Main warehouse", "isActive", true), null)), false).get(0);
        if (!result.stored()) {
            throw new IllegalStateException("the main warehouse could not be written: " + result.message());
        }
    }
}
