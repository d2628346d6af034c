package dev.atrium.domain.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the entity definitions that modules declare into a consistent {@link Catalog}: adds the
 * system fields, adds the field behind each belongs-to link, and rejects anything that would break
 * a later layer (dangling links, clashing names, bad indexes), naming the definition's source.
 */
public final class CatalogBuilder {

    private final Map<String, EntityDefinition> declared = new LinkedHashMap<>();
    private final List<String> modules = new ArrayList<>();
    private final List<String> languages = new ArrayList<>();
    private final Map<String, Set<String>> whereFlags = new LinkedHashMap<>();
    private final Map<String, List<ActionRoute>> actions = new LinkedHashMap<>();
    private final Map<String, ReadExtensionRoute> readExtensions = new LinkedHashMap<>();
    private final List<Extension> extensions = new ArrayList<>();

    /** Fields, links and indexes added to an entity another source defines (a custom field on a module's entity). */
    private record Extension(String entity, Map<String, FieldDefinition> fields, Map<String, LinkDefinition> links,
            List<IndexDefinition> indexes, String source) {
    }

    /** A builder holding everything this one holds, to go on with separately (modules, then runtime definitions). */
    public CatalogBuilder copy() {
        CatalogBuilder copy = new CatalogBuilder();
        copy.declared.putAll(declared);
        copy.modules.addAll(modules);
        copy.languages.addAll(languages);
        whereFlags.forEach((entity, flags) -> copy.whereFlags.put(entity, new TreeSet<>(flags)));
        actions.forEach((entity, routes) -> copy.actions.put(entity, new ArrayList<>(routes)));
        copy.readExtensions.putAll(readExtensions);
        copy.extensions.addAll(extensions);
        return copy;
    }

    public CatalogBuilder module(String moduleId) {
        modules.add(moduleId);
        return this;
    }

    /** The input languages ({@code de_DE}): every multilingual field gets a companion field for each. */
    public CatalogBuilder languages(List<String> codes) {
        for (String code : codes) {
            if (!code.matches("[a-z]{2}(_[A-Z]{2})?")) {
                throw new DefinitionException("settings", "'" + code + "' is not a language code such as de_DE");
            }
            languages.add(code);
        }
        return this;
    }

    /** Records that a module reads where items on lists of {@code entity} that set {@code flag}. */
    public CatalogBuilder whereFlag(String entity, String flag) {
        whereFlags.computeIfAbsent(entity, name -> new TreeSet<>()).add(flag);
        return this;
    }

    /** Records a route a module added under the records of {@code entity}, to describe it to clients. */
    public CatalogBuilder action(String entity, ActionRoute route) {
        actions.computeIfAbsent(entity, name -> new ArrayList<>()).add(route);
        return this;
    }

    /** Records what a module adds to the records reads of {@code entity} answer, to describe it to clients. */
    public CatalogBuilder readExtension(String entity, ReadExtensionRoute route) {
        readExtensions.put(entity, route);
        return this;
    }

    public CatalogBuilder entity(EntityDefinition definition) {
        String key = definition.name().toLowerCase(Locale.ROOT);
        EntityDefinition previous = declared.get(key);
        if (previous != null) {
            throw new DefinitionException(definition.source(), "entity '" + definition.name()
                    + "' is already defined by " + previous.source());
        }
        declared.put(key, definition);
        return this;
    }

    /**
     * Adds fields (with their links and indexes) to an entity defined elsewhere, once every definition is in:
     * a field the entity already has, or an entity no one defines, is an error naming both sources.
     */
    public CatalogBuilder extend(String entity, Map<String, FieldDefinition> fields, Map<String, LinkDefinition> links,
            List<IndexDefinition> indexes, String source) {
        extensions.add(new Extension(entity, Map.copyOf(fields), Map.copyOf(links), List.copyOf(indexes), source));
        return this;
    }

    public Catalog build(long version) {
        extensions.forEach(this::applyExtension);
        List<EntityDefinition> completed = new ArrayList<>();
        for (EntityDefinition definition : declared.values()) {
            completed.add(complete(definition, languages));
            if (definition.has(EntityFeature.TEAMS)) {
                completed.add(complete(teamRelation(definition), List.of()));
            }
        }
        Map<String, EntityDefinition> byName = new HashMap<>();
        completed.forEach(entity -> byName.put(entity.name(), entity));
        for (EntityDefinition entity : completed) {
            checkLinks(entity, byName);
        }
        checkTablesAreDistinct(completed);
        return new Catalog(version, completed, modules, languages, whereFlags, actions, readExtensions);
    }

    private void applyExtension(Extension extension) {
        String key = extension.entity().toLowerCase(Locale.ROOT);
        EntityDefinition base = declared.get(key);
        if (base == null) {
            throw new DefinitionException(extension.source(), "entity '" + extension.entity()
                    + "' is not defined by any loaded module");
        }
        Map<String, FieldDefinition> fields = new LinkedHashMap<>(base.fields());
        extension.fields().forEach((name, field) -> {
            boolean taken = fields.containsKey(name) || base.links().containsKey(name)
                    || base.fields().values().stream().anyMatch(existing -> existing.attribute().equals(field.attribute()))
                    || base.aliases().containsKey(name);
            if (taken) {
                throw new DefinitionException(extension.source(), "field '" + name + "' of " + base.name()
                        + " is already defined by " + base.source());
            }
            fields.put(name, field);
        });
        Map<String, LinkDefinition> links = new LinkedHashMap<>(base.links());
        links.putAll(extension.links());
        List<IndexDefinition> indexes = new ArrayList<>(base.indexes());
        indexes.addAll(extension.indexes());
        declared.put(key, new EntityDefinition(base.name(), base.type(), fields, links, indexes, base.sortBy(),
                base.sortAscending(), base.source(), base.features(), base.aliases()));
    }

    private static EntityDefinition complete(EntityDefinition declared, List<String> languages) {
        String source = declared.source();
        if (!Naming.ENTITY_NAME.matcher(declared.name()).matches()) {
            throw new DefinitionException(source, "entity name '" + declared.name()
                    + "' must start with an upper-case letter and hold only letters and digits");
        }
        Map<String, FieldDefinition> fields = new LinkedHashMap<>();
        SystemFields.leading().forEach(field -> fields.put(field.name(), field));
        if (declared.type().hasNameAndDescription()) {
            FieldDefinition name = declared.fields().getOrDefault(SystemFields.NAME, SystemFields.defaultName());
            fields.put(SystemFields.NAME, name);
        }
        for (FieldDefinition field : declared.fields().values()) {
            checkField(source, field);
            fields.put(field.name(), field);
            if (field.multilang()) {
                languages.forEach(language -> fields.put(field.companion(language).name(), field.companion(language)));
            }
        }
        if (declared.type().hasNameAndDescription() && !fields.containsKey(SystemFields.DESCRIPTION)) {
            fields.put(SystemFields.DESCRIPTION, SystemFields.defaultDescription());
        }
        Map<String, LinkDefinition> links = withFeatureLinks(declared);
        for (LinkDefinition link : links.values()) {
            checkLinkField(source, link, fields);
        }
        for (FieldDefinition field : declared.fields().values()) {
            if (field.type() == FieldType.LINK || field.type() == FieldType.LINK_MULTIPLE) {
                LinkDefinition link = links.get(field.name());
                LinkType expected = field.type() == FieldType.LINK ? LinkType.BELONGS_TO : LinkType.HAS_MANY;
                if (link == null || link.type() != expected) {
                    throw new DefinitionException(source, "field '" + field.name() + "' of type " + field.type().jsonName()
                            + " needs a " + expected.jsonName() + " link of the same name in 'links'");
                }
            }
        }
        SystemFields.trailing().forEach(field -> fields.put(field.name(), field));
        EntityDefinition entity = new EntityDefinition(declared.name(), declared.type(), fields, links,
                declared.indexes(), declared.sortBy(), declared.sortAscending(), source, declared.features(),
                declared.aliases());
        checkColumnsAreDistinct(entity);
        checkAliases(entity);
        checkIndexes(entity);
        if (entity.fieldByAttribute(entity.sortBy()).isEmpty()) {
            throw new DefinitionException(source, "collection sortBy '" + entity.sortBy() + "' is not a stored field");
        }
        return entity;
    }

    /** An old name stands for a stored attribute and is no attribute or link of its own. */
    private static void checkAliases(EntityDefinition entity) {
        entity.aliases().forEach((alias, attribute) -> {
            if (entity.fieldByAttribute(attribute).isEmpty()) {
                throw new DefinitionException(entity.source(), "alias '" + alias + "' names '" + attribute
                        + "', which is not a stored attribute");
            }
            if (entity.fields().containsKey(alias) || entity.fieldByAttribute(alias).isPresent()
                    || entity.links().containsKey(alias) || SystemFields.isReserved(alias)) {
                throw new DefinitionException(entity.source(), "alias '" + alias + "' is already a field, an attribute "
                        + "or a link of " + entity.name());
            }
        });
    }

    /** The links the entity's access features need: owner and assigned user to User, teams to Team. */
    private static Map<String, LinkDefinition> withFeatureLinks(EntityDefinition declared) {
        Map<String, LinkDefinition> links = new LinkedHashMap<>(declared.links());
        for (EntityFeature feature : EntityFeature.values()) {
            if (!declared.has(feature)) {
                continue;
            }
            if (links.containsKey(feature.link())) {
                throw new DefinitionException(declared.source(), "link '" + feature.link() + "' is added by "
                        + feature.jsonName() + " and cannot be defined as well");
            }
            links.put(feature.link(), feature == EntityFeature.TEAMS
                    ? new LinkDefinition(feature.link(), LinkType.HAS_MANY, "Team", null, teamRelationName(declared.name()))
                    : new LinkDefinition(feature.link(), LinkType.BELONGS_TO, "User", null, null));
        }
        return links;
    }

    /** The relation entity holding an entity's teams: {@code ProductTeam} with {@code productId} and {@code teamId}. */
    private static EntityDefinition teamRelation(EntityDefinition entity) {
        String own = Character.toLowerCase(entity.name().charAt(0)) + entity.name().substring(1);
        Map<String, LinkDefinition> links = new LinkedHashMap<>();
        links.put(own, new LinkDefinition(own, LinkType.BELONGS_TO, entity.name(), null, null));
        links.put("team", new LinkDefinition("team", LinkType.BELONGS_TO, "Team", null, null));
        return new EntityDefinition(entity.name() + "Team", EntityType.RELATION, Map.of(), links,
                List.of(new IndexDefinition("pair", List.of(own + "Id", "teamId"), true)), null, true,
                entity.source() + " (hasTeam)");
    }

    private static String teamRelationName(String entity) {
        return Character.toLowerCase(entity.charAt(0)) + entity.substring(1) + "Team";
    }

    private static void checkField(String source, FieldDefinition field) {
        if (!Naming.FIELD_NAME.matcher(field.name()).matches()) {
            throw new DefinitionException(source, "field name '" + field.name()
                    + "' must start with a lower-case letter and hold only letters and digits");
        }
        if (SystemFields.isReserved(field.name())) {
            throw new DefinitionException(source, "field '" + field.name() + "' is a system field and cannot be redefined");
        }
        boolean hasOptions = field.type() == FieldType.ENUM || field.type() == FieldType.MULTI_ENUM;
        if (hasOptions && field.options().isEmpty()) {
            throw new DefinitionException(source, "field '" + field.name() + "' of type "
                    + field.type().jsonName() + " needs 'options'");
        }
        if (field.min() != null && field.max() != null && field.min() > field.max()) {
            throw new DefinitionException(source, "field '" + field.name() + "' has min greater than max");
        }
        if (field.maxLength() != null && field.maxLength() < 1) {
            throw new DefinitionException(source, "field '" + field.name() + "' has a maxLength below 1");
        }
        if ((field.unique() || field.index()) && !field.isStored()) {
            throw new DefinitionException(source, "field '" + field.name() + "' is not stored and cannot be indexed");
        }
    }

    /** A belongs-to link without a field gets one, as AtroCore does; a field of the wrong type is an error. */
    private static void checkLinkField(String source, LinkDefinition link, Map<String, FieldDefinition> fields) {
        if (!Naming.FIELD_NAME.matcher(link.name()).matches()) {
            throw new DefinitionException(source, "link name '" + link.name() + "' is not a valid field name");
        }
        FieldDefinition field = fields.get(link.name());
        FieldType expected = link.type() == LinkType.BELONGS_TO ? FieldType.LINK : FieldType.LINK_MULTIPLE;
        if (field == null) {
            fields.put(link.name(), FieldDefinition.builder(link.name(), expected).build());
        } else if (field.type() != expected) {
            throw new DefinitionException(source, "link '" + link.name() + "' is " + link.type().jsonName()
                    + " but its field has type " + field.type().jsonName() + " (expected " + expected.jsonName() + ")");
        }
    }

    private static void checkLinks(EntityDefinition entity, Map<String, EntityDefinition> byName) {
        for (LinkDefinition link : entity.links().values()) {
            EntityDefinition target = byName.get(link.entity());
            if (target == null) {
                throw new DefinitionException(entity.source(), "link '" + link.name()
                        + "' points to entity '" + link.entity() + "', which no loaded module defines");
            }
            if (link.foreign() != null && !target.links().containsKey(link.foreign())) {
                throw new DefinitionException(entity.source(), "link '" + link.name() + "' names foreign link '"
                        + link.foreign() + "', which entity '" + target.name() + "' does not have");
            }
            if (link.relationName() != null && !byName.containsKey(relationEntityName(link.relationName()))) {
                throw new DefinitionException(entity.source(), "link '" + link.name() + "' names relation '"
                        + link.relationName() + "', which no loaded module defines");
            }
        }
    }

    /** The relation entity behind a many-to-many link: {@code productCategory} is {@code ProductCategory}. */
    public static String relationEntityName(String relationName) {
        return Character.toUpperCase(relationName.charAt(0)) + relationName.substring(1);
    }

    private static void checkColumnsAreDistinct(EntityDefinition entity) {
        Map<String, String> columns = new HashMap<>();
        for (FieldDefinition field : entity.storedFields()) {
            String column = Naming.toSnakeCase(field.attribute());
            String clash = columns.put(column, field.attribute());
            if (clash != null) {
                throw new DefinitionException(entity.source(), "attributes '" + clash + "' and '"
                        + field.attribute() + "' would share column '" + column + "'");
            }
        }
    }

    private static void checkIndexes(EntityDefinition entity) {
        for (IndexDefinition index : entity.indexes()) {
            for (String attribute : index.attributes()) {
                if (entity.fieldByAttribute(attribute).isEmpty()) {
                    throw new DefinitionException(entity.source(), "index '" + index.name()
                            + "' names '" + attribute + "', which is not a stored attribute");
                }
            }
        }
    }

    private static void checkTablesAreDistinct(List<EntityDefinition> entities) {
        Map<String, EntityDefinition> tables = new HashMap<>();
        for (EntityDefinition entity : entities) {
            EntityDefinition clash = tables.put(entity.tableName(), entity);
            if (clash != null) {
                throw new DefinitionException(entity.source(), "entity '" + entity.name() + "' would share table '"
                        + entity.tableName() + "' with '" + clash.name() + "' from " + clash.source());
            }
        }
    }
}
