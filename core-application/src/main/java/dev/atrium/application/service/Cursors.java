package dev.atrium.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.record.Record;

/**
 * The opaque {@code next} token of keyset paging: the order-key values of a page's last record,
 * with the order and a digest of the filter it belongs to, so that a token used with another
 * order or filter is refused instead of giving wrong pages.
 */
final class Cursors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cursors() {
    }

    static String encode(List<Order> order, String filterDigest, Record last) {
        List<Object> values = new ArrayList<>();
        order.forEach(key -> {
            Object value = last.get(key.attribute());
            values.add(value instanceof LocalDate || value instanceof LocalDateTime ? value.toString() : value);
        });
        Map<String, Object> token = new LinkedHashMap<>();
        token.put("o", describe(order));
        token.put("f", filterDigest);
        token.put("v", values);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(token));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a cursor could not be written", e);
        }
    }

    /** @return the typed order-key values to continue after */
    static List<Object> decode(String cursor, EntityDefinition entity, List<Order> order, String filterDigest) {
        JsonNode token;
        try {
            token = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid();
        }
        if (token == null || !describe(order).equals(token.path("o").asText())
                || !filterDigest.equals(token.path("f").asText())) {
            throw DomainException.invalid("'cursor' belongs to another order or filter; send the same "
                    + "sortBy, asc, where and textFilter as for the first page.");
        }
        JsonNode values = token.path("v");
        if (!values.isArray() || values.size() != order.size()) {
            throw invalid();
        }
        List<Object> typed = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            FieldDefinition field = entity.fieldByAttribute(order.get(i).attribute()).orElseThrow();
            typed.add(typed(field, values.get(i)));
        }
        return typed;
    }

    /** A digest of the filter's text, to recognise the filter a cursor was made for. */
    static String digest(String filter) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(filter.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Object typed(FieldDefinition field, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        try {
            return switch (field.type().storage()) {
                case LONG -> value.longValue();
                case DOUBLE -> value.doubleValue();
                case BOOLEAN -> value.booleanValue();
                case DATE -> LocalDate.parse(value.asText());
                case DATETIME -> LocalDateTime.parse(value.asText());
                default -> value.asText();
            };
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    private static String describe(List<Order> order) {
        StringBuilder text = new StringBuilder();
        order.forEach(key -> text.append(key.attribute()).append(key.ascending() ? "+" : "-"));
        return text.toString();
    }

    private static DomainException invalid() {
        return DomainException.invalid("'cursor' is not a token this API gave out.");
    }
}
