package dev.atrium.adapter.persistence;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.Record;

/** Rows as the repository takes them: every stored attribute present, the system fields set. */
final class Rows {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 12, 30, 45);

    private Rows() {
    }

    static Map<String, Object> of(EntityDefinition entity, String id, Map<String, Object> values) {
        Map<String, Object> row = new HashMap<>();
        entity.storedFields().forEach(field -> row.put(field.attribute(), null));
        row.putAll(Map.of("id", id, "deleted", false, "createdAt", NOW, "modifiedAt", NOW));
        row.putAll(values);
        return row;
    }

    /** The first {@code maxSize} live records in the order of one attribute, then id. */
    static RecordQuery page(String sortBy, int maxSize) {
        return RecordQuery.page(Condition.TRUE, List.of(new Order(sortBy, true)), 0, maxSize);
    }

    static List<String> ids(List<Record> records) {
        return records.stream().map(Record::id).toList();
    }
}
