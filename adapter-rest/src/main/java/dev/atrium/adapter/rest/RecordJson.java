package dev.atrium.adapter.rest;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;

import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValueConverter;

/**
 * A record as AtroCore clients read it: attributes in field order, dates as {@code YYYY-MM-DD},
 * date-times as {@code YYYY-MM-DD HH:MM:SS} (UTC), and {@code <link>Name} after each {@code <link>Id}
 * (or last, when a selection left the id out).
 */
final class RecordJson {

    /**
     * Attribute to the keys of the link it holds the id of (none: {@link LinkKeys#NONE}), and link name
     * to its keys: every record of a page asks the same questions, so no key is built per record.
     */
    private static final Map<String, LinkKeys> BY_ATTRIBUTE = new ConcurrentHashMap<>();
    private static final Map<String, LinkKeys> BY_LINK = new ConcurrentHashMap<>();

    private RecordJson() {
    }

    /**
     * The record's JSON, written straight to the generator when serialised: a page or an upsert
     * answer of thousands of records builds no map per record.
     */
    static JsonSerializable of(Record record) {
        return of(record, Map.of());
    }

    /** @param extra values a module adds to the record's answer, written after its own */
    static JsonSerializable of(Record record, Map<String, Object> extra) {
        return new JsonSerializable.Base() {
            @Override
            public void serialize(JsonGenerator json, SerializerProvider provider) throws IOException {
                write(json, provider, record, extra);
            }

            @Override
            public void serializeWithType(JsonGenerator json, SerializerProvider provider, TypeSerializer type)
                    throws IOException {
                write(json, provider, record, extra);
            }
        };
    }

    private static void write(JsonGenerator json, SerializerProvider provider, Record record, Map<String, Object> extra)
            throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Object> entry : record.values().entrySet()) {
            String attribute = entry.getKey();
            if (SystemFields.isHidden(attribute)) {
                continue;
            }
            field(json, provider, attribute, ValueConverter.toJson(entry.getValue()));
            LinkKeys link = BY_ATTRIBUTE.computeIfAbsent(attribute, LinkKeys::ofAttribute);
            if (link != LinkKeys.NONE && record.linkNames().containsKey(link.link())) {
                field(json, provider, link.name(), record.linkNames().get(link.link()));
            }
        }
        for (Map.Entry<String, String> name : record.linkNames().entrySet()) {
            LinkKeys link = LinkKeys.of(name.getKey());
            if (!record.values().containsKey(link.id())) {
                field(json, provider, link.name(), name.getValue());
            }
        }
        for (Map.Entry<String, Map<String, String>> linked : record.linked().entrySet()) {
            LinkKeys link = LinkKeys.of(linked.getKey());
            field(json, provider, link.ids(), List.copyOf(linked.getValue().keySet()));
            field(json, provider, link.names(), linked.getValue());
        }
        for (Map.Entry<String, Object> value : extra.entrySet()) {
            field(json, provider, value.getKey(), value.getValue());
        }
        json.writeEndObject();
    }

    /** The keys a link's id, name, ids and names are written under. */
    private record LinkKeys(String link, String id, String name, String ids, String names) {

        static final LinkKeys NONE = new LinkKeys("", "", "", "", "");

        static LinkKeys of(String link) {
            return BY_LINK.computeIfAbsent(link,
                    name -> new LinkKeys(name, name + "Id", name + "Name", name + "Ids", name + "Names"));
        }

        /** {@code brand}'s keys for {@code brandId}; {@link #NONE} for an attribute that names no link. */
        static LinkKeys ofAttribute(String attribute) {
            return attribute.endsWith("Id") ? of(attribute.substring(0, attribute.length() - 2)) : NONE;
        }
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
}
