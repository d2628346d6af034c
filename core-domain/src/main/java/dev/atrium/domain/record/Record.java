package dev.atrium.domain.record;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

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
        values = frozen(values);
        linkNames = frozen(linkNames);
        linked = frozen(linked);
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

    /**
     * The map itself as a record's value map, not copied: for a caller that built it for one record
     * and gives it up (a page of thousands of rows copies nothing twice). The caller must not touch it again.
     */
    public static <K, V> Map<K, V> handOver(LinkedHashMap<K, V> map) {
        return new Frozen<>(map);
    }

    /**
     * An unmodifiable copy, keeping order and null values. A map a record already froze is shared,
     * not copied again: records derived from records (names added, fields hidden) copy only what changed.
     */
    private static <K, V> Map<K, V> frozen(Map<K, V> map) {
        return map instanceof Frozen<K, V> ? map : new Frozen<>(new LinkedHashMap<>(map));
    }

    /** An unmodifiable view of a map that nothing else holds. */
    private static final class Frozen<K, V> extends AbstractMap<K, V> {
        private final Map<K, V> map;
        private final Map<K, V> view;

        Frozen(LinkedHashMap<K, V> map) {
            this.map = map;
            this.view = Collections.unmodifiableMap(map);
        }

        @Override
        public Set<Entry<K, V>> entrySet() {
            return view.entrySet();
        }

        @Override
        public V get(Object key) {
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public void forEach(BiConsumer<? super K, ? super V> action) {
            map.forEach(action);
        }

        @Override
        public Set<K> keySet() {
            return view.keySet();
        }

        @Override
        public Collection<V> values() {
            return view.values();
        }
    }
}
