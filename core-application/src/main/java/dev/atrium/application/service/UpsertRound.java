package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.port.in.UpsertUseCase.Item;
import dev.atrium.application.port.in.UpsertUseCase.Result;
import dev.atrium.application.port.in.UpsertUseCase.Status;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.IndexDefinition;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.ReadShape;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.Precondition;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValidationException;
import dev.atrium.domain.security.EntityAccess;
import dev.atrium.domain.security.Principal;

/**
 * One round of the upsert, inside one transaction: match every item (by id, by the entity's unique
 * fields present, by a fully present unique index) with one query per key, then hand the round to the
 * {@link WritePipeline}, which checks and writes it as a batch. Items that fail a check get their
 * result and are not written; the answer's records are built from what was matched and written.
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
    /** Whether the entity has unique fields or indexes, which items are matched on besides their ids. */
    private final boolean matchesUniqueKeys;
    /** The stored fields that some unique key is made of. */
    private final List<FieldDefinition> keyFields;
    private final Map<Integer, Pending> pending = new LinkedHashMap<>();
    /**
     * By a unique key's attributes, the values that matching just looked up and no live record holds:
     * the unique check need not ask again. A concurrent writer that takes one in between makes the
     * insert fail on the database's unique index, and the round is redone item by item.
     */
    private final Map<List<String>, Set<List<Object>>> free = new HashMap<>();

    /** An item on its way: its input, and the record it matched, if any. */
    private static final class Pending {
        WriteInput input;
        /** What unique keys match on: the input's values with the defaults a create would store. */
        Map<String, Object> keys;
        String id;
        Record current;
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
        this.matchesUniqueKeys = !entity.uniqueKeys().isEmpty();
        Set<String> keyAttributes = new HashSet<>();
        entity.uniqueKeys().forEach(key -> keyAttributes.addAll(key.attributes()));
        this.keyFields = entity.storedFields().stream().filter(field -> keyAttributes.contains(field.attribute())).toList();
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
                item.input = WriteInput.read(shared.access, access, entity, items.get(index).payload(), false,
                        shared.unknownKeys);
                item.keys = matchesUniqueKeys ? keyValues(item.input.values()) : Map.of();
                item.id = item.input.id();
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
                if (field.unique() && item.input.values().get(field.attribute()) != null) {
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
     * What a unique key matches on: the item's values of the unique keys' fields, and for a field it leaves out
     * the default that a create would store ({@code language} absent matches the record stored with the default).
     */
    private Map<String, Object> keyValues(Map<String, Object> typed) {
        Map<String, Object> values = new HashMap<>();
        for (FieldDefinition field : keyFields) {
            Object value = typed.get(field.attribute());
            values.put(field.attribute(), value != null ? value : field.defaultValue());
        }
        return values;
    }

    /** Hands the matched items to the pipeline, which checks and writes them, and turns its outcomes into results. */
    private void write() {
        List<Integer> order = new ArrayList<>(pending.keySet());
        List<WritePipeline.Request> requests = new ArrayList<>(order.size());
        order.forEach(index -> requests.add(new WritePipeline.Request(pending.get(index).current, pending.get(index).input)));
        // an id a soft-deleted record holds makes a round's insert fail, and the round is redone item by item:
        // only then (or in a dry run, which inserts nothing) is it worth a query of its own
        List<WritePipeline.Outcome> outcomes = shared.pipeline.write(caller, entity, requests,
                new WritePipeline.Options(dryRun, free, order.size() == 1 || dryRun));
        Map<String, Record> stored = dryRun ? Map.of() : stored(order, outcomes);
        for (int i = 0; i < order.size(); i++) {
            WritePipeline.Outcome outcome = outcomes.get(i);
            results[order.get(i)] = (switch (outcome.status()) {
                case FAILED -> Result.failed(outcome.failure().getMessage());
                case CREATED -> new Result(Status.Created, !dryRun, stored.get(outcome.id()), null);
                case UPDATED -> new Result(Status.Updated, !dryRun, stored.get(outcome.id()), null);
                case NOT_MODIFIED -> new Result(Status.NotModified, !dryRun, null, null);
            }).ignoring(pending.get(order.get(i)).input.ignored());
        }
    }

    /**
     * The stored records as the answer shows them: each matched record with the changes written over it, or
     * the row created, with the names of its belongs-to links (those the caller may read) in one statement.
     * What the round saw and wrote: a concurrent change to other fields of a record between its match and
     * its write shows in the next read. Items that set to-many links are read back instead, with those links.
     */
    private Map<String, Record> stored(List<Integer> order, List<WritePipeline.Outcome> outcomes) {
        List<WritePipeline.Outcome> written = new ArrayList<>();
        Set<String> links = new LinkedHashSet<>();
        for (int i = 0; i < outcomes.size(); i++) {
            WritePipeline.Outcome outcome = outcomes.get(i);
            if (outcome.status() == WritePipeline.Status.CREATED || outcome.status() == WritePipeline.Status.UPDATED) {
                written.add(outcome);
                links.addAll(pending.get(order.get(i)).input.links().keySet());
            }
        }
        Map<String, Record> stored = new HashMap<>();
        if (written.isEmpty()) {
            return stored;
        }
        ReadShape shape = shared.linkNames.shape(caller, entity, links);
        List<Record> shown = links.isEmpty()
                ? shared.repository.withNames(entity, written.stream().map(this::asWritten).toList(), shape)
                : shared.repository.list(entity, RecordQuery.page(new Condition.In(SystemFields.ID,
                        written.stream().<Object>map(WritePipeline.Outcome::id).toList()),
                        List.of(new Order(SystemFields.ID, true)), 0, written.size() + 1), shape);
        shared.access.readable(access, entity, shown).forEach(record -> stored.put(record.id(), record));
        return stored;
    }

    /** A created row, or the matched record with the written changes over it and its row version counted on. */
    private Record asWritten(WritePipeline.Outcome outcome) {
        List<FieldDefinition> fields = entity.storedFields();
        LinkedHashMap<String, Object> values = SizedMaps.forEntries(fields.size() + 1);
        Map<String, Object> written = outcome.written();
        Record current = outcome.current();
        for (FieldDefinition field : fields) {
            String attribute = field.attribute();
            Object value = written.get(attribute);
            values.put(attribute, value != null || current == null || written.containsKey(attribute) ? value
                    : current.get(attribute));
        }
        if (current != null) {
            values.put(SystemFields.ROW_VERSION, Precondition.versionOf(current) + 1);
        }
        return new Record(entity.name(), Record.handOver(values));
    }

}
