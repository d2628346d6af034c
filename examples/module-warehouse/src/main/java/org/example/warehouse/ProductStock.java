package org.example.warehouse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.atrium.application.port.in.GetRecordQuery;
import dev.atrium.application.port.in.ListRecordsQuery;
import dev.atrium.application.spi.RecordActionCall;
import dev.atrium.domain.query.RecordPage;
import dev.atrium.domain.record.Record;

/**
 * {@code GET /api/v1/Product/{id}/stock}: a route on the PIM's entity that this module adds, answering
 * what the caller may see of the product's stock: totals, and one line per warehouse.
 */
final class ProductStock {

    private ProductStock() {
    }

    static Object of(RecordActionCall call) {
        call.reads().get(new GetRecordQuery(call.caller(), "Product", call.id()));
        long quantity = 0;
        long reserved = 0;
        List<Map<String, Object>> warehouses = new ArrayList<>();
        for (Record level : levels(call)) {
            long onHand = ((Number) level.get("quantity")).longValue();
            long held = level.get("reserved") instanceof Number number ? number.longValue() : 0;
            quantity += onHand;
            reserved += held;
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("warehouseId", level.get("warehouseId"));
            line.put("warehouseName", level.linkNames().get("warehouse"));
            line.put("quantity", onHand);
            line.put("reserved", held);
            warehouses.add(line);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("quantity", quantity);
        answer.put("reserved", reserved);
        answer.put("available", quantity - reserved);
        answer.put("warehouses", warehouses);
        return answer;
    }

    /** Every stock level of the product, page by page: a page is at most what the operator allows. */
    private static List<Record> levels(RecordActionCall call) {
        List<Record> levels = new ArrayList<>();
        String cursor = null;
        do {
            RecordPage page = call.lists().list(new ListRecordsQuery(call.caller(), "StockLevel",
                    List.of(Map.of("type", "equals", "attribute", "productId", "value", call.id())), null, null,
                    null, null, 0, null, cursor, false, true));
            levels.addAll(page.list());
            cursor = page.list().isEmpty() ? null : page.next();
        } while (cursor != null);
        return levels;
    }
}
