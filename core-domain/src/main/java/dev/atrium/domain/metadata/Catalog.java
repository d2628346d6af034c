package dev.atrium.domain.metadata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.atrium.domain.DomainException;

/**
 * The immutable set of entities this instance serves. A change (a module added, a field created at
 * runtime) builds a new catalog with the next {@link #version()}; nothing mutates one in place.
 */
public final class Catalog {

    private final long version;
    private final Map<String, EntityDefinition> byName;
    private final Map<String, EntityDefinition> byLowerCaseName;
    private final List<String> modules;
    private final List<String> languages;
    private final Map<String, LinkRoute> routes;
    private final Map<String, Set<String>> whereFlags;
    private final Map<String, List<ActionRoute>> actions;
    private final Map<String, ReadExtensionRoute> readExtensions;

    /**
     * @param modules ids of the modules that contributed, in load order
     */
    public Catalog(long version, Collection<EntityDefinition> entities, List<String> modules) {
        this(version, entities, modules, List.of());
    }

    /** @param languages the input languages multilingual fields have companions for ({@code de_DE}) */
    public Catalog(long version, Collection<EntityDefinition> entities, List<String> modules, List<String> languages) {
        this(version, entities, modules, languages, Map.of());
    }

    /**
     * @param whereFlags by entity name, the flags that modules read in where items on its lists
     *     ({@code isAttribute}); names of entities not in the catalog are left out
     */
    public Catalog(long version, Collection<EntityDefinition> entities, List<String> modules, List<String> languages,
            Map<String, ? extends Collection<String>> whereFlags) {
        this(version, entities, modules, languages, whereFlags, Map.of());
    }

    /**
     * @param actions by entity name, the routes modules added under its records, in the order added;
     *     names of entities not in the catalog are left out
     */
    public Catalog(long version, Collection<EntityDefinition> entities, List<String> modules, List<String> languages,
            Map<String, ? extends Collection<String>> whereFlags, Map<String, List<ActionRoute>> actions) {
        this(version, entities, modules, languages, whereFlags, actions, Map.of());
    }

    /** @param readExtensions by entity name, what a module adds to the records its reads answer */
    public Catalog(long version, Collection<EntityDefinition> entities, List<String> modules, List<String> languages,
            Map<String, ? extends Collection<String>> whereFlags, Map<String, List<ActionRoute>> actions,
            Map<String, ReadExtensionRoute> readExtensions) {
        Map<String, EntityDefinition> ordered = new LinkedHashMap<>();
        Map<String, EntityDefinition> lower = new LinkedHashMap<>();
        for (EntityDefinition entity : entities) {
            ordered.put(entity.name(), entity);
            lower.put(entity.name().toLowerCase(Locale.ROOT), entity);
        }
        this.version = version;
        this.byName = Collections.unmodifiableMap(ordered);
        this.byLowerCaseName = Collections.unmodifiableMap(lower);
        this.modules = List.copyOf(modules);
        this.languages = List.copyOf(languages);
        this.routes = LinkRoutes.resolve(this.byName);
        Map<String, Set<String>> flags = new LinkedHashMap<>();
        whereFlags.forEach((entity, names) -> find(entity).ifPresent(found ->
                flags.computeIfAbsent(found.name(), name -> new TreeSet<>()).addAll(names)));
        flags.replaceAll((entity, names) -> Collections.unmodifiableSet(names));
        this.whereFlags = Collections.unmodifiableMap(flags);
        Map<String, List<ActionRoute>> routesByEntity = new LinkedHashMap<>();
        actions.forEach((entity, added) -> find(entity).ifPresent(found ->
                routesByEntity.merge(found.name(), List.copyOf(added), (one, other) -> {
                    List<ActionRoute> both = new ArrayList<>(one);
                    both.addAll(other);
                    return List.copyOf(both);
                })));
        this.actions = Collections.unmodifiableMap(routesByEntity);
        Map<String, ReadExtensionRoute> extensions = new LinkedHashMap<>();
        readExtensions.forEach((entity, route) -> find(entity).ifPresent(found -> extensions.put(found.name(), route)));
        this.readExtensions = Collections.unmodifiableMap(extensions);
    }

    public long version() {
        return version;
    }

    public Collection<EntityDefinition> entities() {
        return byName.values();
    }

    public List<String> modules() {
        return modules;
    }

    public List<String> languages() {
        return languages;
    }

    /** Finds an entity by name, ignoring case as AtroCore's routes do ({@code product} is {@code Product}). */
    public Optional<EntityDefinition> find(String name) {
        EntityDefinition exact = byName.get(name);
        return exact != null ? Optional.of(exact) : Optional.ofNullable(byLowerCaseName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** What a module adds to the records reads of the entity answer, if one does. */
    public Optional<ReadExtensionRoute> readExtension(EntityDefinition entity) {
        return Optional.ofNullable(readExtensions.get(entity.name()));
    }

    /** The flags modules read in where items on the entity's lists ({@code isAttribute}), in name order. */
    public Set<String> whereFlags(EntityDefinition entity) {
        return whereFlags.getOrDefault(entity.name(), Set.of());
    }

    /** The routes modules added under the entity's records ({@code POST /Product/{id}/upsertAttributeValues}). */
    public List<ActionRoute> actions(EntityDefinition entity) {
        return actions.getOrDefault(entity.name(), List.of());
    }

    /** How a has-many link of an entity is stored; links were checked when the catalog was built. */
    public LinkRoute route(EntityDefinition entity, String link) {
        LinkRoute route = routes.get(entity.name() + "." + link);
        if (route == null) {
            throw new IllegalArgumentException(entity.name() + "." + link + " is not a has-many link");
        }
        return route;
    }

    /** Like {@link #find} but fails as AtroCore does for an unknown controller. */
    public EntityDefinition require(String name) {
        return find(name).orElseThrow(() -> DomainException.notFound("Controller '" + name + "' is not found"));
    }
}
