package org.example.warehouse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.atrium.application.port.in.GetRecordQuery;
import dev.atrium.application.port.in.UpsertUseCase.Item;
import dev.atrium.application.port.in.UpsertUseCase.Result;
import dev.atrium.application.spi.RecordActionCall;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.record.Record;

/**
 * {@code POST /api/v1/StockLevel/{id}/reserve {"quantity": 3}}: sets aside part of a stock level for an
 * order. It writes through the upsert use case as the caller, so access control and {@link StockRules}
 * apply: reserving more than is there is a 400.
 */
final class Reservations {

    private Reservations() {
    }

    static Object reserve(RecordActionCall call) {
        long wanted = wanted(call.body());
        Record level = call.reads().get(new GetRecordQuery(call.caller(), "StockLevel", call.id()));
        long quantity = ((Number) level.get("quantity")).longValue();
        long reserved = (level.get("reserved") instanceof Number number ? number.longValue() : 0) + wanted;
        Result result = call.upserts().upsert(call.caller(),
                List.of(new Item("StockLevel", Map.of("id", call.id(), "reserved", reserved), null)), false).get(0);
        if (!result.stored()) {
            throw DomainException.invalid(result.message());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", call.id());
        answer.put("quantity", quantity);
        answer.put("reserved", reserved);
        answer.put("available", quantity - reserved);
        return answer;
    }

    private static long wanted(Object body) {
        if (body instanceof Map<?, ?> map && map.get("quantity") instanceof Number number
                && number.doubleValue() == number.longValue() && number.longValue() >= 1) {
            return number.longValue();
        }
        throw DomainException.invalid("The body must be {\"quantity\": n} with a whole number n of at least 1.");
    }
}
