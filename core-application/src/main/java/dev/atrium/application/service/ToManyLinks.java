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
 * To-many links: reads the linked ids and names of a page in one query per link, and hides the links
 * of deleted records. Changes of links are {@link LinkWrites}, part of the write pipeline.
 */
final class ToManyLinks {

    private final GetCatalogUseCase catalogs;
    private final RecordRepository repository;

    ToManyLinks(GetCatalogUseCase catalogs, RecordRepository repository) {
        this.catalogs = catalogs;
        this.repository = repository;
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
}
