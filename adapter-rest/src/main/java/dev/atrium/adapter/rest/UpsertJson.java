package dev.atrium.adapter.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializable;

import dev.atrium.application.port.in.UpsertUseCase;
import dev.atrium.domain.record.Record;

/** Upsert items and results as AtroCore clients write and read them. */
final class UpsertJson {

    private UpsertJson() {
    }

    /** One item, as JSON read it; a malformed one fails alone, with AtroCore's messages for a missing entity or payload. */
    @SuppressWarnings("unchecked")
    static UpsertUseCase.Item item(Object node) {
        if (!(node instanceof Map<?, ?> item)) {
            return UpsertUseCase.Item.malformed("An item must be an object {\"entity\", \"payload\"}.");
        }
        if (!(item.get("entity") instanceof String entity) || entity.isBlank()) {
            return UpsertUseCase.Item.malformed("'entity' parameter is required.");
        }
        if (!(item.get("payload") instanceof Map<?, ?> payload)) {
            return UpsertUseCase.Item.malformed("'payload' parameter is required.");
        }
        return new UpsertUseCase.Item(entity, (Map<String, Object>) payload, null);
    }

    /** One NDJSON line; a line that is not JSON fails alone. */
    static UpsertUseCase.Item line(String line) {
        try {
            return item(Json.MAPPER.readValue(line, Object.class));
        } catch (JsonProcessingException e) {
            return UpsertUseCase.Item.malformed(JsonErrors.describe(e));
        }
    }

    /** @param records writes a result's record ({@link RecordJson#writers()}) */
    static Map<String, Object> of(UpsertUseCase.Result result, Function<Record, JsonSerializable> records) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", result.status().name());
        json.put("stored", result.stored());
        if (result.record() != null) {
            json.put("entity", records.apply(result.record()));
        }
        if (result.message() != null) {
            json.put("message", result.message());
        }
        if (!result.ignored().isEmpty()) {
            json.put("ignoredFields", result.ignored());
        }
        return json;
    }
}
