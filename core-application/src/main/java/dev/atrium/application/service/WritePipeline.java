package dev.atrium.application.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.LinkAttributes;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.record.EditConflictException;
import dev.atrium.domain.record.Prev;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.RecordInput;
import dev.atrium.domain.record.ValidationException;
import dev.atrium.domain.security.AccessLevel;
import dev.atrium.domain.security.EntityAccess;
import dev.atrium.domain.security.Principal;

/**
 * The one way records are written. Every path (create, update, mass update, upsert, link and unlink,
 * and module routes through them) hands it a batch of writes of one entity; a single create is a
 * batch of one. In order, inside the caller's transaction: the entity's access (create, or edit of
 * each record), the admin-only rules, the modules' hooks, the records linked (they must exist and be
 * readable, and on a one-to-many link editable), unique keys, then the stamps and the batched write.
 * A write that fails a check is reported and not written; the others go on. See ADR 0011.
 */
final class WritePipeline {

    /** How one write ended. */
    enum Status { CREATED, UPDATED, NOT_MODIFIED, FAILED }

    /**
     * @param written a create's whole row or an update's changes, as stored (empty when nothing was written)
     */
    record Outcome(Status status, String id, Record current, Map<String, Object> written, DomainException failure) {
    }

    /** One write asked for: of {@code current}, or a create when it is null. */
    record Request(Record current, WriteInput input) {
    }

    /**
     * @param dryRun check everything, write nothing
     * @param free by a unique key's attributes, values just looked up and held by no live record
     * @param checkChosenIds look up first whether a soft-deleted record holds an id a create chose (a 409);
     *     a batch that is redone one write at a time when the database refuses it may leave that to the database
     */
    record Options(boolean dryRun, Map<List<String>, Set<List<Object>>> free, boolean checkChosenIds) {
        static final Options WRITE = new Options(false, Map.of(), true);
    }

    private final GetCatalogUseCase catalogs;
    private final RecordRepository repository;
    private final RecordAccess access;
    private final RecordReferences references;
    private final LinkWrites links;
    private final HookRunner hooks;
    private final Stamps stamps;

    WritePipeline(GetCatalogUseCase catalogs, RecordRepository repository, RecordAccess access,
            RecordReferences references, LinkWrites links, HookRunner hooks, Stamps stamps) {
        this.catalogs = catalogs;
        this.repository = repository;
        this.access = access;
        this.references = references;
        this.links = links;
        this.hooks = hooks;
        this.stamps = stamps;
    }

    /** A batch of one that must succeed: its failure is thrown. */
    Outcome writeOne(Principal caller, EntityDefinition entity, Request request) {
        Outcome outcome = write(caller, entity, List.of(request), Options.WRITE).get(0);
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome;
    }

    /** The outcomes, in the order of the requests. */
    List<Outcome> write(Principal caller, EntityDefinition entity, List<Request> requests, Options options) {
        List<PendingWrite> writes = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            writes.add(new PendingWrite(i, requests.get(i).current(), requests.get(i).input()));
        }
        Catalog catalog = catalogs.currentCatalog();
        EntityAccess entityAccess = access.of(caller, entity);
        decide(caller, entity, entityAccess, writes, options);
        Set<String> created = new HashSet<>();
        alive(writes).stream().filter(PendingWrite::isCreate).forEach(write -> created.add(write.id));
        links.plan(caller, entity, alive(writes), created);
        alive(writes).forEach(write -> write.fail(AdminOnly.refusal(caller, catalog, entity, write)));
        runHooks(entity, writes);
        checkReferences(caller, catalog, entity, writes, created);
        UniqueCheck.check(repository, entity, writes, options.free());
        failLinksToFailedSiblings(entity, writes, created);
        if (!options.dryRun()) {
            store(caller, entity, writes);
        }
        return writes.stream().map(write -> outcome(write, options.dryRun())).toList();
    }

    /** What each write sets: a create's values with defaults and its id, an update's changes; with the entity's access. */
    private void decide(Principal caller, EntityDefinition entity, EntityAccess entityAccess, List<PendingWrite> writes,
            Options options) {
        List<String> updated = new ArrayList<>();
        Set<String> chosenIds = new HashSet<>();
        for (PendingWrite write : writes) {
            if (write.isCreate()) {
                if (write.input.id() != null) {
                    chosenIds.add(write.input.id());
                }
            } else {
                updated.add(write.current.id());
            }
        }
        Set<String> editable = updated.isEmpty() ? Set.of() : access.reachable(caller, entity, entityAccess.edit(), updated);
        Set<String> taken = chosenIds.isEmpty() || !options.checkChosenIds() ? Set.of()
                : repository.takenIds(entity, chosenIds);
        for (PendingWrite write : writes) {
            try {
                if (write.isCreate()) {
                    if (!entityAccess.create()) {
                        throw forbidden("No create access to " + entity.name() + ".");
                    }
                    if (write.input.id() != null && taken.contains(write.input.id())) {
                        throw new DomainException(DomainException.Kind.CONFLICT,
                                entity.name() + " with id '" + write.input.id() + "' already exists.");
                    }
                    write.id = write.input.id() == null ? stamps.nextId() : write.input.id();
                    write.values = RecordInput.withDefaults(entity, write.input.values());
                } else {
                    write.id = write.current.id();
                    if (!editable.contains(write.id)) {
                        throw forbidden(entityAccess.edit() == AccessLevel.NO ? "No edit access to " + entity.name() + "."
                                : "No edit access to " + entity.name() + " '" + write.id + "'.");
                    }
                    List<String> changedMeanwhile = Prev.conflicts(entity, write.input.seen(), write.current);
                    if (!changedMeanwhile.isEmpty()) {
                        throw new EditConflictException(entity.name(), write.id, changedMeanwhile);
                    }
                    write.values = new LinkedHashMap<>();
                    write.input.values().forEach((attribute, value) -> {
                        if (!Objects.equals(write.current.get(attribute), value)) {
                            write.values.put(attribute, value);
                        }
                    });
                }
            } catch (DomainException e) {
                write.fail(e);
            }
        }
    }

    private void runHooks(EntityDefinition entity, List<PendingWrite> writes) {
        List<PendingWrite> hooked = new ArrayList<>();
        List<HookRunner.Planned> planned = new ArrayList<>();
        for (PendingWrite write : alive(writes)) {
            if (write.isCreate() || !write.values.isEmpty() || write.changesLinks()) {
                Map<String, Set<String>> linked = new LinkedHashMap<>();
                write.deltas.forEach(delta -> linked.put(delta.link(), delta.added()));
                hooked.add(write);
                planned.add(new HookRunner.Planned(write.id, write.current, write.values, linked));
            }
        }
        hooks.beforeWriteAll(entity, planned).forEach((position, why) -> hooked.get(position).fail(why));
    }

    /** Every belongs-to id written must name a live record (400) that the caller may read (403). */
    private void checkReferences(Principal caller, Catalog catalog, EntityDefinition entity, List<PendingWrite> writes,
            Set<String> created) {
        Map<PendingWrite, Map<String, Object>> values = new LinkedHashMap<>();
        alive(writes).forEach(write -> values.put(write, write.values));
        references.checkAll(entity, values, created).forEach((write, errors) -> write.fail(new ValidationException(errors)));
        for (LinkDefinition link : entity.belongsToLinks()) {
            String attribute = LinkAttributes.id(link.name());
            EntityDefinition target = catalog.require(link.entity());
            Set<String> ids = new HashSet<>();
            alive(writes).forEach(write -> {
                if (write.values.get(attribute) instanceof String id && !(target.name().equals(entity.name()) && created.contains(id))) {
                    ids.add(id);
                }
            });
            Set<String> readable = access.reachable(caller, target, access.of(caller, target).read(), ids);
            alive(writes).forEach(write -> {
                if (write.values.get(attribute) instanceof String id && ids.contains(id) && !readable.contains(id)) {
                    write.fail(forbidden("No read access to " + target.name() + " '" + id + "' ('" + attribute + "')."));
                }
            });
        }
    }

    /** A write that links to a record created in the same batch that is not written after all fails too. */
    private static void failLinksToFailedSiblings(EntityDefinition entity, List<PendingWrite> writes, Set<String> created) {
        boolean again = true;
        while (again) {
            again = false;
            Set<String> kept = new HashSet<>();
            alive(writes).forEach(write -> kept.add(write.id));
            for (PendingWrite write : alive(writes)) {
                String lost = lostSibling(entity, write, created, kept);
                if (lost != null) {
                    write.fail(ValidationException.of(lost, "notFound", "'" + lost + "' names a " + entity.name()
                            + " that failed in the same request."));
                    again = true;
                }
            }
        }
    }

    private static String lostSibling(EntityDefinition entity, PendingWrite write, Set<String> created, Set<String> kept) {
        for (LinkDefinition link : entity.belongsToLinks()) {
            String attribute = LinkAttributes.id(link.name());
            if (link.entity().equals(entity.name()) && write.values.get(attribute) instanceof String id
                    && created.contains(id) && !kept.contains(id)) {
                return attribute;
            }
        }
        for (LinkWrites.Delta delta : write.deltas) {
            if (entity.links().get(delta.link()).entity().equals(entity.name())
                    && delta.added().stream().anyMatch(id -> created.contains(id) && !kept.contains(id))) {
                return LinkAttributes.ids(delta.link());
            }
        }
        return null;
    }

    private void store(Principal caller, EntityDefinition entity, List<PendingWrite> writes) {
        LocalDateTime now = stamps.now();
        List<Map<String, Object>> inserts = new ArrayList<>();
        Map<String, Map<String, Object>> updates = new LinkedHashMap<>();
        for (PendingWrite write : alive(writes)) {
            if (write.isCreate()) {
                write.values = stamps.newRow(entity, caller, write.id, write.values, now);
                inserts.add(write.values);
            } else if (write.writes()) {
                write.values = stamps.changes(entity, caller, write.values, now);
                updates.put(write.id, write.values);
            }
        }
        repository.insertAll(entity, inserts);
        repository.updateEach(entity, updates);
        links.apply(caller, entity, alive(writes), now);
    }

    private static Outcome outcome(PendingWrite write, boolean dryRun) {
        if (write.failed()) {
            return new Outcome(Status.FAILED, write.id, write.current, Map.of(), write.failure);
        }
        Status status = write.isCreate() ? Status.CREATED : write.writes() ? Status.UPDATED : Status.NOT_MODIFIED;
        return new Outcome(status, write.id, write.current, dryRun || status == Status.NOT_MODIFIED ? Map.of()
                : write.values, null);
    }

    private static List<PendingWrite> alive(List<PendingWrite> writes) {
        return writes.stream().filter(write -> !write.failed()).toList();
    }

    private static DomainException forbidden(String message) {
        return new DomainException(DomainException.Kind.FORBIDDEN, message);
    }
}
