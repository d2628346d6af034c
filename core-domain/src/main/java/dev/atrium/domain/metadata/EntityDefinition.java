package dev.atrium.domain.metadata;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entity as the catalog knows it: its fields (system fields included), links, indexes and
 * default order. Immutable; attribute lookups are precomputed because every request uses them.
 *
 * @param source where the definition came from, named in every error about it
 * @param features what the records carry for access control (owner, assigned user, teams)
 * @param aliases old names of attributes, accepted wherever an attribute is named ({@code sku} for {@code number})
 */
public record EntityDefinition(
        String name,
        EntityType type,
        Map<String, FieldDefinition> fields,
        Map<String, LinkDefinition> links,
        List<IndexDefinition> indexes,
        String sortBy,
        boolean sortAscending,
        String source,
        Set<EntityFeature> features,
        Map<String, String> aliases) {

    public EntityDefinition(String name, EntityType type, Map<String, FieldDefinition> fields,
            Map<String, LinkDefinition> links, List<IndexDefinition> indexes, String sortBy, boolean sortAscending,
            String source) {
        this(name, type, fields, links, indexes, sortBy, sortAscending, source, Set.of());
    }

    public EntityDefinition(String name, EntityType type, Map<String, FieldDefinition> fields,
            Map<String, LinkDefinition> links, List<IndexDefinition> indexes, String sortBy, boolean sortAscending,
            String source, Set<EntityFeature> features) {
        this(name, type, fields, links, indexes, sortBy, sortAscending, source, features, Map.of());
    }

    public EntityDefinition {
        features = Set.copyOf(features);
        aliases = Map.copyOf(aliases);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        fields = new Fields(fields);
        links = new Links(links);
        indexes = new Indexes(List.copyOf(indexes), fields.values());
        sortBy = sortBy == null ? SystemFields.ID : sortBy;
    }

    /** The table holding the entity's records. */
    public String tableName() {
        return Naming.toSnakeCase(name);
    }

    public Optional<FieldDefinition> field(String fieldName) {
        return Optional.ofNullable(fields.get(fieldName));
    }

    /** The stored fields, in definition order: one column each. */
    public List<FieldDefinition> storedFields() {
        return ((Fields) fields).stored;
    }

    /** The attribute an old name stands for ({@code sku} is {@code number}); any other name as it is. */
    public String canonical(String attribute) {
        return aliases.getOrDefault(attribute, attribute);
    }

    /** The stored field read and written under {@code attribute} ({@code brandId} finds link {@code brand}). */
    public Optional<FieldDefinition> fieldByAttribute(String attribute) {
        FieldDefinition direct = fields.get(attribute);
        if (direct != null && direct.type() != FieldType.LINK && direct.isStored()) {
            return Optional.of(direct);
        }
        if (attribute.endsWith("Id")) {
            FieldDefinition link = fields.get(attribute.substring(0, attribute.length() - 2));
            if (link != null && link.type() == FieldType.LINK) {
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }

    /** The belongs-to links whose target id is stored in this entity's table. */
    public List<LinkDefinition> belongsToLinks() {
        return ((Links) links).belongsTo;
    }

    /** The has-many links, read and set as {@code <link>Ids}. */
    public List<LinkDefinition> hasManyLinks() {
        return ((Links) links).hasMany;
    }

    /**
     * Every unique key: the indexes declared unique, then one per field marked {@code unique}, in
     * declaration order. Upserts match on them; the database enforces them among live records.
     */
    public List<IndexDefinition> uniqueKeys() {
        return ((Indexes) indexes).uniqueKeys;
    }

    public boolean has(EntityFeature feature) {
        return features.contains(feature);
    }

    /** Whether records carry {@code name}, used to show linked records by name. */
    public boolean hasNameField() {
        FieldDefinition nameField = fields.get(SystemFields.NAME);
        return nameField != null && nameField.type().isBoundedString();
    }

    /** The indexes, with the unique keys (unique indexes, then one per unique field) listed once. */
    private static final class Indexes extends AbstractList<IndexDefinition> {
        private final List<IndexDefinition> all;
        private final List<IndexDefinition> uniqueKeys;

        Indexes(List<IndexDefinition> all, Collection<FieldDefinition> fields) {
            this.all = all;
            List<IndexDefinition> keys = new ArrayList<>();
            for (IndexDefinition index : all) {
                if (index.unique()) {
                    keys.add(index);
                }
            }
            for (FieldDefinition field : fields) {
                if (field.unique()) {
                    keys.add(new IndexDefinition(field.name(), List.of(field.attribute()), true));
                }
            }
            uniqueKeys = List.copyOf(keys);
        }

        @Override
        public IndexDefinition get(int index) {
            return all.get(index);
        }

        @Override
        public int size() {
            return all.size();
        }
    }

    /** Entries by name, unmodifiable, in definition order. */
    private abstract static class ByName<V> extends AbstractMap<String, V> {
        final Map<String, V> byName;

        ByName(Map<String, V> entries) {
            byName = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return byName.entrySet();
        }

        @Override
        public V get(Object name) {
            return byName.get(name);
        }

        @Override
        public boolean containsKey(Object name) {
            return byName.containsKey(name);
        }

        @Override
        public int size() {
            return byName.size();
        }
    }

    /** The links by name, with those of each kind that writes walk listed once. */
    private static final class Links extends ByName<LinkDefinition> {
        private final List<LinkDefinition> belongsTo;
        private final List<LinkDefinition> hasMany;

        Links(Map<String, LinkDefinition> links) {
            super(links);
            belongsTo = byName.values().stream().filter(link -> link.type() == LinkType.BELONGS_TO).toList();
            hasMany = byName.values().stream().filter(link -> link.type() == LinkType.HAS_MANY).toList();
        }
    }

    /** The fields by name, with the stored ones listed once (every write walks them). */
    private static final class Fields extends ByName<FieldDefinition> {
        private final List<FieldDefinition> stored;

        Fields(Map<String, FieldDefinition> fields) {
            super(fields);
            stored = byName.values().stream().filter(FieldDefinition::isStored).toList();
        }
    }
}
