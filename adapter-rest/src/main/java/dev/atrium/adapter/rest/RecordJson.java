package dev.atrium.adapter.rest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValueConverter;

/**
 * A record as AtroCore clients read it: attributes in field order, dates as {@code YYYY-MM-DD},
 * date-times as {@code YYYY-MM-DD HH:MM:SS} (UTC), and {@code <link>Name} after each {@code <link>Id}
 * (or last, when a selection left the id out).
 */
final class RecordJson {

    private RecordJson() {
    }

    static Map<String, Object> of(Record record) {
        Map<String, Object> json = new LinkedHashMap<>();
        record.values().forEach((attribute, value) -> {
            json.put(attribute, format(value));
            if (attribute.endsWith("Id")) {
                String link = attribute.substring(0, attribute.length() - 2);
                if (record.linkNames().containsKey(link)) {
                    json.put(link + "Name", record.linkNames().get(link));
                }
            }
        });
        record.linkNames().forEach((link, name) -> json.putIfAbsent(link + "Name", name));
        record.linked().forEach((link, idsAndNames) -> {
            json.put(link + "Ids", List.copyOf(idsAndNames.keySet()));
            json.put(link + "Names", idsAndNames);
        });
        return json;
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
