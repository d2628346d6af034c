package dev.atrium.application.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.atrium.application.port.in.UpsertUseCase.Item;
import dev.atrium.application.port.in.UpsertUseCase.Result;
import dev.atrium.application.port.in.UpsertUseCase.Status;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.IndexDefinition;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.RecordIds;
import dev.atrium.domain.record.RecordInput;
import dev.atrium.domain.record.ValidationException;
import dev.atrium.domain.security.AccessLevel;
import dev.atrium.domain.security.EntityAccess;
import dev.atrium.domain.security.Principal;

/**
 * One round of the upsert, inside one transaction: match every item (by id, by the entity's unique
 * fields present, by a fully present unique index) with one query per key, check input, access,
 * references and unique keys in batches, then insert and update set-based and read the stored
 * records back in one query. Items that fail a check get their result and are not written.
 */
final class UpsertRound {

    private final RecordServices shared;
    private final Principal caller;
    private final EntityDefinition entity;
    private final List<Item> items;
    private final List<Integer> indices;
    private final Result[] results;
    private final boolean dryRun;
    private final EntityAccess access;
    private final Map<Integer, Pending> pending = new LinkedHashMap<>();
    /**
     * By a unique key's attributes, the values that matching just looked up and no live record holds:
     * the unique check need not ask again. A concurrent writer that takes one in between makes the
     * insert fail on the database's unique index, and the round is redone item by item.
     */
    private final Map<List<String>, Set<List<Object>>> free = new HashMap<>();

    /** An item on its way: its input, and the record it matched, if any. */
    private static final class Pending {
        ToManyInput input;
        Map<String, Object> typed;
        /** What unique keys match on: {@link #typed} with the defaults a create would store. */
        Map<String, Object> keys;
        String id;
        Record current;
        Map<String, Object> values;
    }

    UpsertRound(RecordServices shared, Principal caller, EntityDefinition entity, List<Item> items, List<Integer> indices,
            Result[] results, boolean dryRun) {
        this.shared = shared;
        this.caller = caller;
        this.entity = entity;
        this.items = items;
        this.indices = indices;
        this.results = results;
        this.dryRun = dryRun;
        this.access = shared.access.of(caller, entity);
    }

    /** What identifies an item for matching: its id and the values of every unique key it carries. */
    static List<Object> matchKeys(EntityDefinition entity, Map<String, Object> payload) {
        List<Object> keys = new ArrayList<>();
        if (payload.get(SystemFields.ID) != null) {
            keys.add(List.of(SystemFields.ID, payload.get(SystemFields.ID)));
        }
        for (IndexDefinition key : entity.uniqueKeys()) {
            List<Object> tuple = UniqueKeys.tuple(key, payload);
            if (tuple != null) {
                keys.add(List.of(key.name(), tuple));
            }
        }
        return keys;
    }

    /**
     * @return the items deferred to a later round: they matched a record that an earlier item of this
     *     round already changes, so they must see that change first
     */
    List<Integer> run() {
        readInputs();
        matchByIds();
        matchByUniqueFields();
        matchByUniqueIndexes();
        List<Integer> deferred = deferRepeatedMatches();
        decide();
        checkReferencesAndKeys();
        if (dryRun) {
            pending.forEach((index, item) -> results[index] = new Result(item.current == null ? Status.Created
                    : item.values.isEmpty() && item.input.links().isEmpty() ? Status.NotModified : Status.Updated,
                    false, null, null));
            return deferred;
        }
        write();
        return deferred;
    }

    private List<Integer> deferRepeatedMatches() {
        List<Integer> deferred = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (Integer index : List.copyOf(pending.keySet())) {
            Record current = pending.get(index).current;
            if (current != null && !matched.add(current.id())) {
                pending.remove(index);
                deferred.add(index);
            }
        }
        return deferred;
    }

    private void readInputs() {
        for (int index : indices) {
            Pending item = new Pending();
            try {
                item.input = ToManyInput.of(entity, shared.access.writable(access, entity, items.get(index).payload()));
                item.typed = RecordInput.forUpdate(entity, item.input.attributes());
                item.keys = keyValues(item.typed);
                Object id = items.get(index).payload().get(SystemFields.ID);
                if (id != null && !(id instanceof String text && RecordIds.isAcceptable(text))) {
                    throw ValidationException.of(SystemFields.ID, "pattern", "'id' is not an acceptable record id.");
                }
                item.id = (String) id;
                pending.put(index, item);
            } catch (ValidationException e) {
                results[index] = Result.failed(e.getMessage());
            }
        }
    }

    private void matchByIds() {
        List<Object> ids = new ArrayList<>();
        pending.values().forEach(item -> {
            if (item.id != null) {
                ids.add(item.id);
            }
        });
        if (ids.isEmpty()) {
            return;
        }
        Map<String, Record> found = new HashMap<>();
        shared.repository.list(entity, RecordQuery.page(new Condition.In(SystemFields.ID, ids),
                List.of(new Order(SystemFields.ID, true)), 0, ids.size() + 1)).forEach(record -> found.put(record.id(), record));
        pending.values().forEach(item -> item.current = item.id == null ? null : found.get(item.id));
    }

    /** The unique fields present in an item's payload, all together, as one key. */
    private void matchByUniqueFields() {
        Map<List<String>, List<Pending>> byFields = new LinkedHashMap<>();
        pending.values().forEach(item -> {
            if (item.current != null) {
                return;
            }
            List<String> fields = new ArrayList<>();
            for (FieldDefinition field : entity.storedFields()) {
                if (field.unique() && item.typed.get(field.attribute()) != null) {
                    fields.add(field.attribute());
                }
            }
            if (!fields.isEmpty()) {
                byFields.computeIfAbsent(fields, key -> new ArrayList<>()).add(item);
            }
        });
        byFields.forEach((fields, group) -> match(new IndexDefinition("uniqueFields", fields, true), group));
    }

    private void matchByUniqueIndexes() {
        for (IndexDefinition index : entity.indexes()) {
            if (!index.unique()) {
                continue;
            }
            List<Pending> group = new ArrayList<>();
            pending.values().forEach(item -> {
                if (item.current == null && UniqueKeys.tuple(index, item.keys) != null) {
                    group.add(item);
                }
            });
            match(index, group);
        }
    }

    private void match(IndexDefinition key, List<Pending> group) {
        if (group.isEmpty()) {
            return;
        }
        List<List<Object>> tuples = group.stream().map(item -> UniqueKeys.tuple(key, item.keys)).toList();
        Map<List<Object>, Record> found = UniqueKeys.find(shared.repository, entity, key, tuples);
        Set<List<Object>> unheld = free.computeIfAbsent(key.attributes(), attributes -> new HashSet<>());
        group.forEach(item -> {
            List<Object> tuple = UniqueKeys.tuple(key, item.keys);
            item.current = found.get(tuple);
            if (item.current == null) {
                unheld.add(tuple);
            }
        });
    }

    /**
     * What a unique key matches on: the item's values, and for a field it leaves out the default that
     * a create would store ({@code language} absent matches the record stored with the default).
     */
    private Map<String, Object> keyValues(Map<String, Object> typed) {
        Map<String, Object> values = new HashMap<>(typed);
        for (FieldDefinition field : entity.storedFields()) {
            if (field.defaultValue() != null) {
                values.putIfAbsent(field.attribute(), field.defaultValue());
            }
        }
        return values;
    }

    /** Creates or updates: what each item would write, with the checks a single create or update makes. */
    private void decide() {
        List<String> toEdit = new ArrayList<>();
        pending.forEach((index, item) -> {
            if (item.current != null) {
                toEdit.add(item.current.id());
            }
        });
        Set<String> editable = editable(toEdit);
        List<Integer> hooked = new ArrayList<>();
        List<HookRunner.Planned> planned = new ArrayList<>();
        for (Integer index : List.copyOf(pending.keySet())) {
            Pending item = pending.get(index);
            try {
                if (item.current == null) {
                    if (!access.create()) {
                        throw new DomainException(DomainException.Kind.FORBIDDEN,
                                "No create access to " + entity.name() + ".");
                    }
                    item.values = RecordInput.forCreate(entity, item.input.attributes());
                    item.id = item.id == null ? shared.ids.next() : item.id;
                    hooked.add(index);
                    planned.add(new HookRunner.Planned(item.id, null, item.values));
                } else {
                    if (!editable.contains(item.current.id())) {
                        throw new DomainException(DomainException.Kind.FORBIDDEN,
                                "No edit access to " + entity.name() + " '" + item.current.id() + "'.");
                    }
                    item.id = item.current.id();
                    item.values = new LinkedHashMap<>();
                    item.typed.forEach((attribute, value) -> {
                        if (!Objects.equals(item.current.get(attribute), value)) {
                            item.values.put(attribute, value);
                        }
                    });
                    if (!item.values.isEmpty()) {
                        hooked.add(index);
                        planned.add(new HookRunner.Planned(item.id, item.current, item.values));
                    }
                }
            } catch (DomainException e) {
                fail(index, e);
            }
        }
        shared.hooks.beforeWriteAll(entity, planned).forEach((position, why) -> fail(hooked.get(position), why));
    }

    private Set<String> editable(List<String> ids) {
        if (ids.isEmpty() || access.edit() == AccessLevel.ALL) {
            return Set.copyOf(ids);
        }
        if (access.edit() == AccessLevel.NO) {
            return Set.of();
        }
        Condition scope = shared.access.scope(caller, entity, access.edit(), "edit");
        List<Object> values = new ArrayList<>(ids);
        return Set.copyOf(shared.repository.list(entity, RecordQuery.page(new Condition.All(List.of(
                new Condition.In(SystemFields.ID, values), scope)), List.of(new Order(SystemFields.ID, true)), 0,
                ids.size() + 1)).stream().map(Record::id).toList());
    }

    private void checkReferencesAndKeys() {
        Map<Integer, Map<String, Object>> written = new LinkedHashMap<>();
        Set<String> created = new HashSet<>();
        pending.forEach((index, item) -> {
            written.put(index, item.values);
            if (item.current == null) {
                created.add(item.id);
            }
        });
        shared.references.checkAll(entity, written, created)
                .forEach((index, errors) -> fail(index, new ValidationException(errors)));
        for (IndexDefinition key : entity.uniqueKeys()) {
            Map<Integer, List<Object>> tuples = new LinkedHashMap<>();
            pending.forEach((index, item) -> {
                if (item.current != null && key.attributes().stream().noneMatch(item.values::containsKey)) {
                    return;
                }
                Map<String, Object> after = new HashMap<>(item.current == null ? Map.of() : item.current.values());
                after.putAll(item.values);
                List<Object> tuple = UniqueKeys.tuple(key, after);
                if (tuple != null && !free.getOrDefault(key.attributes(), Set.of()).contains(tuple)) {
                    tuples.put(index, tuple);
                }
            });
            Map<List<Object>, Record> taken = UniqueKeys.find(shared.repository, entity, key, tuples.values());
            tuples.forEach((index, tuple) -> {
                Record holder = taken.get(tuple);
                if (holder == null || !pending.containsKey(index) || holder.id().equals(pending.get(index).id)) {
                    return;
                }
                ValidationException notUnique = ValidationException.of(key.attributes().get(0), "notUnique", "'"
                        + String.join("', '", key.attributes()) + "' must be unique: another " + entity.name()
                        + " has the same value.");
                if (pending.get(index).current == null) {
                    // a record with this key appeared after matching (a concurrent writer): match again
                    throw notUnique;
                }
                fail(index, notUnique);
            });
        }
        failLinksToFailedSiblings(created);
    }

    /** An item that links to a record of this round that is not written after all is not written either. */
    private void failLinksToFailedSiblings(Set<String> created) {
        boolean again = true;
        while (again) {
            again = false;
            Set<String> kept = new HashSet<>();
            pending.values().forEach(item -> kept.add(item.id));
            for (Integer index : List.copyOf(pending.keySet())) {
                for (var link : entity.belongsToLinks()) {
                    String attribute = link.name() + "Id";
                    if (link.entity().equals(entity.name()) && pending.get(index).values.get(attribute) instanceof String id
                            && created.contains(id) && !kept.contains(id)) {
                        fail(index, ValidationException.of(attribute, "notFound", "'" + attribute + "' names "
                                + entity.name() + " '" + id + "', which failed in the same request."));
                        again = true;
                        break;
                    }
                }
            }
        }
    }

    private void write() {
        LocalDateTime now = shared.now();
        List<Map<String, Object>> inserts = new ArrayList<>();
        Map<String, Map<String, Object>> updates = new LinkedHashMap<>();
        pending.forEach((index, item) -> {
            if (item.current == null) {
                Map<String, Object> row = RecordServices.newRow(entity, caller, item.id, item.values, now);
                shared.hashPasswords(entity, row);
                inserts.add(row);
            } else if (!item.values.isEmpty()) {
                Map<String, Object> changes = new LinkedHashMap<>(item.values);
                shared.hashPasswords(entity, changes);
                changes.put(SystemFields.MODIFIED_AT, now);
                changes.put(SystemFields.MODIFIED_BY_ID, caller.userId());
                updates.put(item.id, changes);
            }
        });
        shared.repository.insertAll(entity, inserts);
        shared.repository.updateEach(entity, updates);
        Map<String, Map<String, Object>> written = new HashMap<>(updates);
        inserts.forEach(row -> written.put((String) row.get(SystemFields.ID), row));
        Map<Integer, Boolean> linksChanged = new HashMap<>();
        pending.forEach((index, item) -> {
            boolean changed = false;
            for (Map.Entry<String, List<String>> link : item.input.links().entrySet()) {
                changed |= shared.toMany.replace(entity, item.id, link.getKey(), link.getValue(), now);
            }
            linksChanged.put(index, changed);
        });
        Map<String, Record> stored = readBack(written);
        pending.forEach((index, item) -> {
            boolean updated = item.current != null && (!item.values.isEmpty() || linksChanged.get(index));
            results[index] = item.current == null ? new Result(Status.Created, true, stored.get(item.id), null)
                    : updated ? new Result(Status.Updated, true, stored.get(item.id), null)
                    : new Result(Status.NotModified, true, null, null);
        });
    }

    /**
     * The stored records as the answer shows them, built from what was read and written (no query
     * reads them back), with linked names and to-many links looked up in one query per link.
     */
    private Map<String, Record> readBack(Map<String, Map<String, Object>> written) {
        List<Record> records = new ArrayList<>();
        Set<String> links = new LinkedHashSet<>();
        List<String> attributes = entity.storedFields().stream().map(FieldDefinition::attribute).toList();
        pending.values().forEach(item -> {
            Map<String, Object> changes = written.getOrDefault(item.id, Map.of());
            LinkedHashMap<String, Object> values = new LinkedHashMap<>();
            for (String attribute : attributes) {
                values.put(attribute, changes.containsKey(attribute) ? changes.get(attribute)
                        : item.current == null ? null : item.current.get(attribute));
            }
            records.add(new Record(entity.name(), Record.handOver(values)));
            links.addAll(item.input.links().keySet());
        });
        Map<String, Record> stored = new HashMap<>();
        shared.access.readable(access, entity, shared.toMany.withLinked(entity, shared.references.withNames(entity, records),
                links)).forEach(record -> stored.put(record.id(), record));
        return stored;
    }

    /** The item fails with the exception's message (a DomainException speaks to the client) and is not written. */
    private void fail(int index, DomainException e) {
        pending.remove(index);
        results[index] = Result.failed(e.getMessage());
    }
}
