package dev.atrium.application.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.EntityType;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.LinkRoute;
import dev.atrium.domain.metadata.LinkType;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.record.FieldError;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.RecordIds;
import dev.atrium.domain.record.RecordInput;
import dev.atrium.domain.record.ValidationException;

/**
 * To-many links: reads the linked ids and names of a page in one query per link, and changes which
 * records are linked. A one-to-many link changes the targets' own key; a many-to-many link adds
 * rows to its relation entity and soft-deletes them again, both set-based.
 */
final class ToManyLinks {

    private final GetCatalogUseCase catalogs;
    private final RecordRepository repository;
    private final RecordIds ids;

    ToManyLinks(GetCatalogUseCase catalogs, RecordRepository repository, RecordIds ids) {
        this.catalogs = catalogs;
        this.repository = repository;
        this.ids = ids;
    }

    /** The entity's has-many links. */
    static List<LinkDefinition> of(EntityDefinition entity) {
        return entity.links().values().stream().filter(link -> link.type() == LinkType.HAS_MANY).toList();
    }

    List<Record> withLinked(EntityDefinition entity, List<Record> records, Set<String> links) {
        if (records.isEmpty() || links.isEmpty()) {
            return records;
        }
        Catalog catalog = catalogs.currentCatalog();
        List<String> ownIds = records.stream().map(Record::id).toList();
        Map<String, Map<String, List<String>>> idsByLink = new LinkedHashMap<>();
        Map<String, Map<String, String>> namesByLink = new LinkedHashMap<>();
        for (String name : links) {
            LinkDefinition link = entity.links().get(name);
            LinkRoute route = catalog.route(entity, name);
            Map<String, List<String>> linked = repository.linkedIds(catalog.require(route.entity()), route, ownIds);
            Set<String> others = new HashSet<>();
            linked.values().forEach(others::addAll);
            EntityDefinition target = catalog.require(link.entity());
            idsByLink.put(name, linked);
            namesByLink.put(name, target.hasNameField() ? repository.namesByIds(target, others) : Map.of());
        }
        List<Record> result = new ArrayList<>(records.size());
        for (Record record : records) {
            Map<String, Map<String, String>> toMany = new LinkedHashMap<>(record.linked());
            idsByLink.forEach((name, linked) -> {
                Map<String, String> idsAndNames = new LinkedHashMap<>();
                linked.getOrDefault(record.id(), List.of()).forEach(other ->
                        idsAndNames.put(other, namesByLink.get(name).get(other)));
                toMany.put(name, idsAndNames);
            });
            result.add(record.withLinked(toMany));
        }
        return result;
    }

    /** Makes exactly {@code wanted} linked; returns whether anything changed. */
    boolean replace(EntityDefinition entity, String id, String link, List<String> wanted, LocalDateTime now) {
        Set<String> current = new LinkedHashSet<>(current(entity, id, link));
        Set<String> target = new LinkedHashSet<>(wanted);
        Set<String> added = new LinkedHashSet<>(target);
        added.removeAll(current);
        Set<String> removed = new LinkedHashSet<>(current);
        removed.removeAll(target);
        add(entity, id, link, added, now);
        remove(entity, id, link, removed, now);
        return !added.isEmpty() || !removed.isEmpty();
    }

    void add(EntityDefinition entity, String id, String link, Set<String> others, LocalDateTime now) {
        Set<String> fresh = new LinkedHashSet<>(others);
        fresh.removeAll(current(entity, id, link));
        if (fresh.isEmpty()) {
            return;
        }
        Catalog catalog = catalogs.currentCatalog();
        checkExist(catalog.require(entity.links().get(link).entity()), link, fresh);
        LinkRoute route = catalog.route(entity, link);
        EntityDefinition routeEntity = catalog.require(route.entity());
        if (route.isDirect()) {
            repository.updateAll(routeEntity, new Condition.In(SystemFields.ID, new ArrayList<>(fresh)),
                    Map.of(route.ownKey(), id, SystemFields.MODIFIED_AT, now));
            return;
        }
        for (String other : fresh) {
            Map<String, Object> row = RecordInput.forCreate(routeEntity, Map.of(route.ownKey(), id, route.otherKey(), other));
            row.put(SystemFields.ID, ids.next());
            row.put(SystemFields.DELETED, false);
            row.put(SystemFields.CREATED_AT, now);
            row.put(SystemFields.MODIFIED_AT, now);
            repository.insert(routeEntity, row);
        }
    }

    void remove(EntityDefinition entity, String id, String link, Set<String> others, LocalDateTime now) {
        if (others.isEmpty()) {
            return;
        }
        Catalog catalog = catalogs.currentCatalog();
        LinkRoute route = catalog.route(entity, link);
        EntityDefinition routeEntity = catalog.require(route.entity());
        Condition rows = new Condition.All(List.of(new Condition.Compare(route.ownKey(), Condition.Operator.EQUALS, id),
                new Condition.In(route.otherKey(), new ArrayList<>(others))));
        if (route.isDirect()) {
            Map<String, Object> unlink = new LinkedHashMap<>();
            unlink.put(route.ownKey(), null);
            unlink.put(SystemFields.MODIFIED_AT, now);
            repository.updateAll(routeEntity, rows, unlink);
        } else {
            repository.softDeleteAll(routeEntity, rows, Map.of(SystemFields.MODIFIED_AT, now));
        }
    }

    /** Soft-deletes the relation rows that point at records being deleted, so no dangling link stays visible. */
    void forget(EntityDefinition entity, List<Object> ids, LocalDateTime now) {
        for (EntityDefinition relation : catalogs.currentCatalog().entities()) {
            if (relation.type() != EntityType.RELATION) {
                continue;
            }
            for (LinkDefinition key : relation.belongsToLinks()) {
                if (key.entity().equals(entity.name())) {
                    repository.softDeleteAll(relation, new Condition.In(key.name() + "Id", ids),
                            Map.of(SystemFields.MODIFIED_AT, now));
                }
            }
        }
    }

    private List<String> current(EntityDefinition entity, String id, String link) {
        Catalog catalog = catalogs.currentCatalog();
        LinkRoute route = catalog.route(entity, link);
        return repository.linkedIds(catalog.require(route.entity()), route, List.of(id)).getOrDefault(id, List.of());
    }

    private void checkExist(EntityDefinition target, String link, Set<String> others) {
        Set<String> live = repository.liveIds(target, others);
        List<FieldError> errors = new ArrayList<>();
        others.stream().filter(other -> !live.contains(other)).forEach(other -> errors.add(new FieldError(link + "Ids",
                "notFound", "'" + link + "Ids' names " + target.name() + " '" + other + "', which does not exist.")));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
