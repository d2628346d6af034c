package dev.atrium.adapter.rest;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;

import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValueConverter;

/**
 * A record as AtroCore clients read it: attributes in field order, dates as {@code YYYY-MM-DD},
 * date-times as {@code YYYY-MM-DD HH:MM:SS} (UTC), and {@code <link>Name} after each {@code <link>Id}
 * (or last, when a selection left the id out).
 */
final class RecordJson {

    /** Attribute to the link it holds the id of, as every record of a page asks the same question. */
    private static final Map<String, String> LINKS = new ConcurrentHashMap<>();

    private RecordJson() {
    }

    /**
     * The record's JSON, written straight to the generator when serialised: a page or an upsert
     * answer of thousands of records builds no map per record.
     */
    static JsonSerializable of(Record record) {
        return new JsonSerializable.Base() {
            @Override
            public void serialize(JsonGenerator json, SerializerProvider provider) throws IOException {
                write(json, provider, record);
            }

            @Override
            public void serializeWithType(JsonGenerator json, SerializerProvider provider, TypeSerializer type)
                    throws IOException {
                write(json, provider, record);
            }
        };
    }

    private static void write(JsonGenerator json, SerializerProvider provider, Record record) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Object> entry : record.values().entrySet()) {
            String attribute = entry.getKey();
            field(json, provider, attribute, format(entry.getValue()));
            String link = LINKS.computeIfAbsent(attribute, RecordJson::linkOf);
            if (!link.isEmpty() && record.linkNames().containsKey(link)) {
                field(json, provider, link + "Name", record.linkNames().get(link));
            }
        }
        for (Map.Entry<String, String> name : record.linkNames().entrySet()) {
            if (!record.values().containsKey(name.getKey() + "Id")) {
                field(json, provider, name.getKey() + "Name", name.getValue());
            }
        }
        for (Map.Entry<String, Map<String, String>> link : record.linked().entrySet()) {
            field(json, provider, link.getKey() + "Ids", List.copyOf(link.getValue().keySet()));
            field(json, provider, link.getKey() + "Names", link.getValue());
        }
        json.writeEndObject();
    }

    /** {@code brand} for {@code brandId}; empty for an attribute that names no link. */
    private static String linkOf(String attribute) {
        return attribute.endsWith("Id") ? attribute.substring(0, attribute.length() - 2) : "";
    }

    private static void field(JsonGenerator json, SerializerProvider provider, String name, Object value)
            throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Double number) {
            json.writeNumber(number);
        } else {
            provider.defaultSerializeValue(value, json);
        }
    }

    private static Object format(Object value) {
        if (value instanceof LocalDateTime dateTime) {
            return ValueConverter.DATETIME.format(dateTime);
        }
        if (value instanceof LocalDate date) {
            return ValueConverter.DATE.format(date);
        }
        return value;
    }
}
