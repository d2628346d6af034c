package org.example.warehouse;

import dev.atrium.application.spi.RecordHook;
import dev.atrium.application.spi.RecordWrite;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValidationException;

/**
 * What stock may be: never more reserved than is there, and nothing put into a closed warehouse. Runs on
 * every write path (create, update, upsert, mass update), inside the write's transaction.
 */
final class StockRules implements RecordHook {

    @Override
    public void beforeWrite(RecordWrite write) {
        if (write.id() == null) {
            // a mass update names no record, so the counts it sets cannot be checked against each record's
            if (write.values().containsKey("quantity") || write.values().containsKey("reserved")) {
                throw ValidationException.of("quantity", "perRecord", "Stock counts are set per record, not by a mass update.");
            }
            return;
        }
        long quantity = count(write.after("quantity"));
        long reserved = count(write.after("reserved"));
        if (reserved > quantity) {
            throw ValidationException.of("reserved", "exceedsQuantity",
                    "'reserved' (" + reserved + ") may not exceed 'quantity' (" + quantity + ").");
        }
        if (write.isCreate() || write.values().containsKey("warehouseId")) {
            Object warehouseId = write.after("warehouseId");
            Record warehouse = warehouseId == null ? null : write.find("Warehouse", warehouseId.toString()).orElse(null);
            if (warehouse != null && Boolean.FALSE.equals(warehouse.get("isActive"))) {
                throw ValidationException.of("warehouseId", "closed",
                        "Warehouse '" + warehouse.get("code") + "' is closed; no stock can be put there.");
            }
        }
    }

    private static long count(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }
}
