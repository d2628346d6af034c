package dev.atrium.domain.metadata;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
    private final Map<String, LinkRoute> routes;

    /**
     * @param modules ids of the modules that contributed, in load order
     */
    public Catalog(long version, Collection<EntityDefinition> entities, List<String> modules) {
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
        this.routes = LinkRoutes.resolve(this.byName);
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

    /** Finds an entity by name, ignoring case as AtroCore's routes do ({@code product} is {@code Product}). */
    public Optional<EntityDefinition> find(String name) {
        EntityDefinition exact = byName.get(name);
        return exact != null ? Optional.of(exact) : Optional.ofNullable(byLowerCaseName.get(name.toLowerCase(Locale.ROOT)));
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
