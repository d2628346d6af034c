package dev.atrium.application.service;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.IndexDefinition;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValidationException;

/**
 * The unique keys a batch of writes sets: no two writes of the batch may share a value, and none may
 * take one that another live record holds (one query per key and chunk of values). The database's
 * unique indexes stay the backstop for a concurrent writer.
 */
final class UniqueCheck {

    private UniqueCheck() {
    }

    /**
     * Fails the updates that would repeat a unique value.
     *
     * @param free by a key's attributes, values just looked up and found held by no live record
     * @throws ValidationException when a create would take a held value: a concurrent writer created that
     *     record after the batch was matched, so the batch must be matched again
     */
    static void check(RecordRepository repository, EntityDefinition entity, List<PendingWrite> writes,
            Map<List<String>, Set<List<Object>>> free) {
        for (IndexDefinition key : entity.uniqueKeys()) {
            Map<PendingWrite, List<Object>> tuples = new LinkedHashMap<>();
            Map<List<Object>, PendingWrite> first = new HashMap<>();
            for (PendingWrite write : writes) {
                if (write.failed() || !write.isCreate() && key.attributes().stream().noneMatch(write.values::containsKey)) {
                    continue;
                }
                Map<String, Object> after = new HashMap<>(write.isCreate() ? Map.of() : write.current.values());
                after.putAll(write.values);
                List<Object> tuple = UniqueKeys.tuple(key, after);
                if (tuple == null) {
                    continue;
                }
                if (first.putIfAbsent(tuple, write) != null) {
                    write.fail(notUnique(entity, key, "another " + entity.name() + " of the same request"));
                } else if (!free.getOrDefault(key.attributes(), Set.of()).contains(tuple)) {
                    tuples.put(write, tuple);
                }
            }
            Map<List<Object>, Record> taken = UniqueKeys.find(repository, entity, key, tuples.values());
            tuples.forEach((write, tuple) -> {
                Record holder = taken.get(tuple);
                if (holder == null || write.failed() || holder.id().equals(write.id)) {
                    return;
                }
                ValidationException notUnique = notUnique(entity, key, "another " + entity.name());
                if (write.isCreate()) {
                    throw notUnique;
                }
                write.fail(notUnique);
            });
        }
    }

    static ValidationException notUnique(EntityDefinition entity, IndexDefinition key, String holder) {
        return ValidationException.of(key.attributes().get(0), "notUnique", "'" + String.join("', '", key.attributes())
                + "' must be unique: " + holder + " has the same value.");
    }
}
