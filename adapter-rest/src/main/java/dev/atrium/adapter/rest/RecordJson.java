package dev.atrium.adapter.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;

import dev.atrium.domain.metadata.LinkAttributes;
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
     * Attribute to the keys it is written under, encoded as JSON once; link name to its keys. Names come
     * from the catalog and the modules, so both stay small.
     */
    private static final Map<String, Key> BY_ATTRIBUTE = new ConcurrentHashMap<>();
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
        return new Writer(record, extra, new Layout());
    }

    /**
     * The records of a page, sharing one {@link Layout}: every record of a page has the same attributes in
     * the same order, so their keys are looked up for the first record only.
     *
     * @param extra the values a module adds to a record's answer
     */
    static List<JsonSerializable> page(List<Record> records, Function<Record, Map<String, Object>> extra) {
        Layout layout = new Layout();
        List<JsonSerializable> page = new ArrayList<>(records.size());
        for (Record record : records) {
            page.add(new Writer(record, extra.apply(record), layout));
        }
        return page;
    }

    /**
     * Writers for the records of one answer of many (an upsert's), sharing a {@link Layout} per entity as a page
     * does; not for use by several threads.
     */
    static Function<Record, JsonSerializable> writers() {
        Map<String, Layout> layouts = new HashMap<>();
        return record -> new Writer(record, Map.of(), layouts.computeIfAbsent(record.entity(), entity -> new Layout()));
    }

    private static final class Writer extends JsonSerializable.Base {

        private final Record record;
        private final Map<String, Object> extra;
        private final Layout layout;

        Writer(Record record, Map<String, Object> extra, Layout layout) {
            this.record = record;
            this.extra = extra;
            this.layout = layout;
        }

        @Override
        public void serialize(JsonGenerator json, SerializerProvider provider) throws IOException {
            try {
                write(json, provider);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        @Override
        public void serializeWithType(JsonGenerator json, SerializerProvider provider, TypeSerializer type)
                throws IOException {
            serialize(json, provider);
        }

        private void write(JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            Map<String, String> linkNames = record.linkNames();
            int[] index = {0};
            record.values().forEach((attribute, value) -> {
                Key key = layout.key(index[0]++, attribute);
                if (!key.hidden()) {
                    field(json, provider, key.name(), ValueConverter.toJson(value));
                    if (key.link() != null && linkNames.containsKey(key.link().link())) {
                        field(json, provider, key.link().name(), linkNames.get(key.link().link()));
                    }
                }
            });
            for (Map.Entry<String, String> name : linkNames.entrySet()) {
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
                field(json, provider, Key.of(value.getKey()).name(), value.getValue());
            }
            json.writeEndObject();
        }
    }

    /** The keys of a page's attributes by position, each checked against the record's attribute. */
    private static final class Layout {

        private String[] attributes = new String[0];
        private Key[] keys = new Key[0];

        Key key(int index, String attribute) {
            if (index < attributes.length && (attributes[index] == attribute || attribute.equals(attributes[index]))) {
                return keys[index];
            }
            if (index >= attributes.length) {
                attributes = Arrays.copyOf(attributes, Math.max(16, index * 2));
                keys = Arrays.copyOf(keys, attributes.length);
            }
            attributes[index] = attribute;
            keys[index] = Key.of(attribute);
            return keys[index];
        }
    }

    /**
     * An attribute's key, whether it is hidden from answers, and the keys of the link whose id it holds
     * (null when it holds none).
     */
    private record Key(SerializedString name, boolean hidden, LinkKeys link) {

        static Key of(String attribute) {
            Key key = BY_ATTRIBUTE.get(attribute);
            return key != null ? key : BY_ATTRIBUTE.computeIfAbsent(attribute, name -> new Key(new SerializedString(name),
                    SystemFields.isHidden(name), name.endsWith("Id") ? LinkKeys.of(name.substring(0, name.length() - 2)) : null));
        }
    }

    /** The keys a link's id, name, ids and names are written under. */
    private record LinkKeys(String link, String id, SerializedString name, SerializedString ids, SerializedString names) {

        static LinkKeys of(String link) {
            LinkKeys keys = BY_LINK.get(link);
            return keys != null ? keys : BY_LINK.computeIfAbsent(link, name -> new LinkKeys(name,
                    LinkAttributes.id(name), new SerializedString(name + "Name"), new SerializedString(LinkAttributes.ids(name)),
                    new SerializedString(name + "Names")));
        }
    }

    private static void field(JsonGenerator json, SerializerProvider provider, SerializedString name, Object value) {
        try {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
