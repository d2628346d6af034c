package dev.atrium.domain.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.LinkAttributes;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.LinkRoute;

/**
 * What a read returns beside the stored values: the name behind each belongs-to link and the ids and
 * names of some to-many links. A repository fetches all of it with the rows, so that a record or a
 * page costs the same number of statements whatever the number of links.
 *
 * @param names every belongs-to link of the entity, or none for a plain read
 * @param toMany the to-many links asked for, in the order they are shown
 */
public record ReadShape(List<Name> names, List<ToMany> toMany) {

    /** Stored values only. */
    public static final ReadShape NONE = new ReadShape(List.of(), List.of());

    public ReadShape {
        names = List.copyOf(names);
        toMany = List.copyOf(toMany);
    }

    /**
     * A belongs-to link whose target's name is shown beside its id.
     *
     * @param target the linked entity; without a name field the name is always null
     * @param visible the targets whose name may be shown (the reader's read scope on the target); others read null
     */
    public record Name(String link, String idAttribute, EntityDefinition target, Condition visible) {
    }

    /**
     * A to-many link whose targets' ids (in the order of the route's rows) and names are shown.
     *
     * @param routeEntity the entity whose rows link: the target itself, or a relation entity
     * @param visible the targets whose name may be shown; the ids of the others are shown with a null name
     */
    public record ToMany(String link, EntityDefinition routeEntity, LinkRoute route, EntityDefinition target,
            Condition visible) {
    }

    /** Names of every belongs-to link of {@code entity}, and the to-many links named in {@code toManyLinks}. */
    public static ReadShape of(Catalog catalog, EntityDefinition entity, Collection<String> toManyLinks) {
        return of(catalog, entity, toManyLinks, target -> Condition.TRUE);
    }

    /** {@link #of(Catalog, EntityDefinition, Collection)}, showing the names of the targets that meet {@code visible}. */
    public static ReadShape of(Catalog catalog, EntityDefinition entity, Collection<String> toManyLinks,
            Function<EntityDefinition, Condition> visible) {
        List<Name> names = new ArrayList<>();
        for (LinkDefinition link : entity.belongsToLinks()) {
            EntityDefinition target = catalog.require(link.entity());
            names.add(new Name(link.name(), LinkAttributes.id(link.name()), target, visible.apply(target)));
        }
        List<ToMany> toMany = new ArrayList<>();
        for (String name : toManyLinks) {
            EntityDefinition target = catalog.require(entity.links().get(name).entity());
            LinkRoute route = catalog.route(entity, name);
            toMany.add(new ToMany(name, catalog.require(route.entity()), route, target, visible.apply(target)));
        }
        return new ReadShape(names, toMany);
    }

    public boolean isEmpty() {
        return names.isEmpty() && toMany.isEmpty();
    }
}
