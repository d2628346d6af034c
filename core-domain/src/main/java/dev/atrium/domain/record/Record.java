package dev.atrium.domain.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.atrium.domain.metadata.SystemFields;

/**
 * A stored record: its typed attribute values, and what its links point to.
 *
 * @param values attribute name to typed value (String, Boolean, Long, Double, LocalDate,
 *     LocalDateTime in UTC, List, Map), in the entity's field order
 * @param linkNames belongs-to link name to the name of the linked record; every link of the entity
 *     is present once names were looked up, with {@code null} where there is no linked record
 * @param linked to-many link name to the linked records' ids and names, in link order; present only
 *     for the links that were looked up
 */
public record Record(String entity, Map<String, Object> values, Map<String, String> linkNames,
        Map<String, Map<String, String>> linked) {

    public Record {
        Objects.requireNonNull(entity, "entity");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        linkNames = Collections.unmodifiableMap(new LinkedHashMap<>(linkNames));
        linked = Collections.unmodifiableMap(new LinkedHashMap<>(linked));
    }

    public Record(String entity, Map<String, Object> values, Map<String, String> linkNames) {
        this(entity, values, linkNames, Map.of());
    }

    public Record(String entity, Map<String, Object> values) {
        this(entity, values, Map.of(), Map.of());
    }

    public String id() {
        return (String) values.get(SystemFields.ID);
    }

    public Object get(String attribute) {
        return values.get(attribute);
    }

    public boolean isDeleted() {
        return Boolean.TRUE.equals(values.get(SystemFields.DELETED));
    }

    public Record withLinkNames(Map<String, String> names) {
        return new Record(entity, values, names, linked);
    }

    public Record withLinked(Map<String, Map<String, String>> toMany) {
        return new Record(entity, values, linkNames, toMany);
    }
}
