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
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.LinkAttributes;
import dev.atrium.domain.metadata.LinkRoute;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.record.RecordInput;
import dev.atrium.domain.record.ValidationException;
import dev.atrium.domain.security.Principal;

/**
 * To-many link edits of a batch of writes. {@link #plan} works out what each write adds and removes
 * against the links stored now (one query per link for the whole batch) and checks it before anything
 * is written: a record linked must exist and be readable by the caller, and where the link is stored
 * in the linked records themselves (a one-to-many link), each record added or removed must be
 * editable by the caller too. {@link #apply} then writes the relation rows in batches.
 */
final class LinkWrites {

    /** What one write does to one link. */
    record Delta(String link, Set<String> added, Set<String> removed) {
    }

    private final GetCatalogUseCase catalogs;
    private final RecordRepository repository;
    private final RecordAccess access;
    private final Stamps stamps;

    LinkWrites(GetCatalogUseCase catalogs, RecordRepository repository, RecordAccess access, Stamps stamps) {
        this.catalogs = catalogs;
        this.repository = repository;
        this.access = access;
        this.stamps = stamps;
    }

    /**
     * Sets each write's deltas and fails the writes whose edits may not be made.
     *
     * @param created ids of records of {@code entity} created in the same batch: they exist, and are the caller's
     */
    void plan(Principal caller, EntityDefinition entity, List<PendingWrite> writes, Set<String> created) {
        Catalog catalog = catalogs.currentCatalog();
        Map<String, List<PendingWrite>> byLink = new LinkedHashMap<>();
        writes.forEach(write -> write.input.links().keySet()
                .forEach(link -> byLink.computeIfAbsent(link, name -> new ArrayList<>()).add(write)));
        Map<PendingWrite, List<Delta>> deltas = new LinkedHashMap<>();
        byLink.forEach((link, editing) -> {
            LinkRoute route = catalog.route(entity, link);
            List<String> stored = editing.stream().filter(write -> !write.isCreate()).map(write -> write.id).toList();
            Map<String, List<String>> current = stored.isEmpty() ? Map.of()
                    : repository.linkedIds(catalog.require(route.entity()), route, stored);
            Map<PendingWrite, Delta> planned = new LinkedHashMap<>();
            editing.forEach(write -> planned.put(write, delta(link, write.input.links().get(link),
                    current.getOrDefault(write.id, List.of()))));
            EntityDefinition target = catalog.require(entity.links().get(link).entity());
            check(caller, entity, target, route, planned, created);
            planned.forEach((write, delta) -> deltas.computeIfAbsent(write, key -> new ArrayList<>()).add(delta));
        });
        deltas.forEach((write, planned) -> write.deltas = List.copyOf(planned));
    }

    private static Delta delta(String link, LinkEdit edit, List<String> current) {
        Set<String> added = new LinkedHashSet<>();
        Set<String> removed = new LinkedHashSet<>();
        switch (edit.kind()) {
            case ADD -> edit.ids().stream().filter(id -> !current.contains(id)).forEach(added::add);
            case REMOVE -> edit.ids().stream().filter(current::contains).forEach(removed::add);
            case REPLACE -> {
                edit.ids().stream().filter(id -> !current.contains(id)).forEach(added::add);
                current.stream().filter(id -> !edit.ids().contains(id)).forEach(removed::add);
            }
        }
        return new Delta(link, added, removed);
    }

    private void check(Principal caller, EntityDefinition entity, EntityDefinition target, LinkRoute route,
            Map<PendingWrite, Delta> planned, Set<String> created) {
        Set<String> added = new HashSet<>();
        Set<String> touched = new HashSet<>();
        planned.values().forEach(delta -> {
            added.addAll(delta.added());
            touched.addAll(delta.added());
            touched.addAll(delta.removed());
        });
        boolean sameEntity = target.name().equals(entity.name());
        Set<String> live = new HashSet<>(repository.liveIds(target, added));
        Set<String> readable = new HashSet<>(access.reachable(caller, target, access.of(caller, target).read(), live));
        Set<String> editable = route.isDirect() ? new HashSet<>(access.reachable(caller, target,
                access.of(caller, target).edit(), touched)) : Set.of();
        if (sameEntity) {
            live.addAll(created);
            readable.addAll(created);
            if (route.isDirect()) {
                editable.addAll(created);
            }
        }
        String key = LinkAttributes.ids(planned.values().iterator().next().link());
        planned.forEach((write, delta) -> {
            for (String other : delta.added()) {
                if (!live.contains(other)) {
                    write.fail(ValidationException.of(key, "notFound", "'" + key + "' names " + target.name() + " '"
                            + other + "', which does not exist."));
                    return;
                }
                if (!readable.contains(other)) {
                    write.fail(forbidden("No read access to " + target.name() + " '" + other + "'."));
                    return;
                }
            }
            if (route.isDirect()) {
                for (String other : union(delta)) {
                    if (!editable.contains(other)) {
                        write.fail(forbidden("No edit access to " + target.name() + " '" + other + "'."));
                        return;
                    }
                }
            }
        });
    }

    private static Set<String> union(Delta delta) {
        Set<String> all = new LinkedHashSet<>(delta.added());
        all.addAll(delta.removed());
        return all;
    }

    /** Writes the deltas of the writes that passed every check. */
    void apply(Principal caller, EntityDefinition entity, List<PendingWrite> writes, LocalDateTime now) {
        Catalog catalog = catalogs.currentCatalog();
        Map<String, List<Map<String, Object>>> newRows = new LinkedHashMap<>();
        for (PendingWrite write : writes) {
            for (Delta delta : write.deltas) {
                LinkRoute route = catalog.route(entity, delta.link());
                EntityDefinition routeEntity = catalog.require(route.entity());
                if (route.isDirect()) {
                    if (!delta.added().isEmpty()) {
                        repository.updateAll(routeEntity, new Condition.In(SystemFields.ID, new ArrayList<>(delta.added())),
                                stamps.changes(routeEntity, caller, Map.of(route.ownKey(), write.id), now));
                    }
                    if (!delta.removed().isEmpty()) {
                        Map<String, Object> unlink = new LinkedHashMap<>();
                        unlink.put(route.ownKey(), null);
                        repository.updateAll(routeEntity, new Condition.In(SystemFields.ID,
                                new ArrayList<>(delta.removed())), stamps.changes(routeEntity, caller, unlink, now));
                    }
                    continue;
                }
                for (String other : delta.added()) {
                    Map<String, Object> pair = RecordInput.withDefaults(routeEntity, Map.of(route.ownKey(), write.id,
                            route.otherKey(), other));
                    newRows.computeIfAbsent(route.entity(), name -> new ArrayList<>())
                            .add(stamps.newRow(routeEntity, caller, stamps.nextId(), pair, now));
                }
                if (!delta.removed().isEmpty()) {
                    repository.softDeleteAll(routeEntity, new Condition.All(List.of(
                            new Condition.Compare(route.ownKey(), Condition.Operator.EQUALS, write.id),
                            new Condition.In(route.otherKey(), new ArrayList<>(delta.removed())))),
                            Map.of(SystemFields.MODIFIED_AT, now, SystemFields.MODIFIED_BY_ID, caller.userId()));
                }
            }
        }
        newRows.forEach((name, rows) -> repository.insertAll(catalog.require(name), rows));
    }

    private static DomainException forbidden(String message) {
        return new DomainException(DomainException.Kind.FORBIDDEN, message);
    }
}
