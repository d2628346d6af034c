package dev.atrium.adapter.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.application.port.in.UpsertUseCase;

/** Upsert items and results as AtroCore clients write and read them. */
final class UpsertJson {

    private UpsertJson() {
    }

    /** One item; a malformed one fails alone, with AtroCore's messages for a missing entity or payload. */
    @SuppressWarnings("unchecked")
    static UpsertUseCase.Item item(JsonNode node) {
        if (node == null || !node.isObject()) {
            return UpsertUseCase.Item.malformed("An item must be an object {\"entity\", \"payload\"}.");
        }
        JsonNode entity = node.get("entity");
        if (entity == null || !entity.isTextual() || entity.asText().isBlank()) {
            return UpsertUseCase.Item.malformed("'entity' parameter is required.");
        }
        JsonNode payload = node.get("payload");
        if (payload == null || !payload.isObject()) {
            return UpsertUseCase.Item.malformed("'payload' parameter is required.");
        }
        return new UpsertUseCase.Item(entity.asText(), Json.MAPPER.convertValue(payload, Map.class), null);
    }

    /** One NDJSON line; a line that is not JSON fails alone. */
    static UpsertUseCase.Item line(String line) {
        try {
            return item(Json.MAPPER.readTree(line));
        } catch (JsonProcessingException e) {
            return UpsertUseCase.Item.malformed("Malformed JSON: " + e.getOriginalMessage());
        }
    }

    static Map<String, Object> of(UpsertUseCase.Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", result.status().name());
        json.put("stored", result.stored());
        if (result.record() != null) {
            json.put("entity", RecordJson.of(result.record()));
        }
        if (result.message() != null) {
            json.put("message", result.message());
        }
        return json;
    }
}
