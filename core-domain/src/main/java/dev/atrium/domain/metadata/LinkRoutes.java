package dev.atrium.domain.metadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Resolves every has-many link of a catalog to its {@link LinkRoute}, or says why it cannot. */
final class LinkRoutes {

    private LinkRoutes() {
    }

    static Map<String, LinkRoute> resolve(Map<String, EntityDefinition> entities) {
        Map<String, LinkRoute> routes = new HashMap<>();
        for (EntityDefinition entity : entities.values()) {
            for (LinkDefinition link : entity.links().values()) {
                if (link.type() == LinkType.HAS_MANY) {
                    routes.put(entity.name() + "." + link.name(), route(entities, entity, link));
                }
            }
        }
        return routes;
    }

    private static LinkRoute route(Map<String, EntityDefinition> entities, EntityDefinition entity, LinkDefinition link) {
        if (link.relationName() != null) {
            EntityDefinition relation = entities.get(CatalogBuilder.relationEntityName(link.relationName()));
            if (relation == null) {
                throw new DefinitionException(entity.source(), "link '" + link.name() + "' names relation '"
                        + link.relationName() + "', which no loaded module defines");
            }
            String own = link.midKeys().isEmpty() ? key(relation, entity.name(), entity, link)
                    : midKey(relation, link.midKeys().get(0), entity.name(), entity, link);
            String other = link.midKeys().isEmpty() ? key(relation, link.entity(), entity, link)
                    : midKey(relation, link.midKeys().get(1), link.entity(), entity, link);
            if (own.equals(other)) {
                throw new DefinitionException(entity.source(), "link '" + link.name() + "' relates an entity to itself "
                        + "through '" + relation.name() + "': name its two keys with 'midKeys'");
            }
            return new LinkRoute(relation.name(), own, other);
        }
        EntityDefinition target = entities.get(link.entity());
        LinkDefinition back = link.foreign() == null ? null : target.links().get(link.foreign());
        if (back == null || back.type() != LinkType.BELONGS_TO || !back.entity().equals(entity.name())) {
            throw new DefinitionException(entity.source(), "has-many link '" + link.name() + "' needs either a "
                    + "'relationName' or a 'foreign' belongsTo link on '" + link.entity() + "' pointing back to "
                    + entity.name());
        }
        return new LinkRoute(target.name(), back.name() + "Id", SystemFields.ID);
    }

    /** A key the link names: a belongs-to link of the relation entity ({@code parentId}) pointing at {@code target}. */
    private static String midKey(EntityDefinition relation, String key, String target, EntityDefinition entity,
            LinkDefinition link) {
        boolean found = relation.belongsToLinks().stream()
                .anyMatch(candidate -> (candidate.name() + "Id").equals(key) && candidate.entity().equals(target));
        if (!found) {
            throw new DefinitionException(entity.source(), "link '" + link.name() + "': midKey '" + key + "' is not a "
                    + "belongsTo link of relation '" + relation.name() + "' to " + target);
        }
        return key;
    }

    /** The one belongs-to link of the relation entity pointing at {@code target}. */
    private static String key(EntityDefinition relation, String target, EntityDefinition entity, LinkDefinition link) {
        List<LinkDefinition> keys = relation.belongsToLinks().stream().filter(key -> key.entity().equals(target)).toList();
        if (keys.size() != 1) {
            throw new DefinitionException(entity.source(), "link '" + link.name() + "': relation '" + relation.name()
                    + "' needs exactly one belongsTo link to " + target + ", it has " + keys.size());
        }
        return keys.get(0).name() + "Id";
    }
}
