package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.IndexDefinition;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.Record;

/** Looks up many records by the values of one unique key in one query per chunk of values. */
final class UniqueKeys {

    private static final int CHUNK = 500;

    private UniqueKeys() {
    }

    /** The values of the key's attributes in {@code values}; null when any is missing or null. */
    static List<Object> tuple(IndexDefinition key, Map<String, Object> values) {
        List<Object> tuple = new ArrayList<>(key.attributes().size());
        for (String attribute : key.attributes()) {
            Object value = values.get(attribute);
            if (value == null) {
                return null;
            }
            tuple.add(value);
        }
        return tuple;
    }

    /** @return each tuple found among live records, with the record holding it */
    static Map<List<Object>, Record> find(RecordRepository repository, EntityDefinition entity, IndexDefinition key,
            Collection<List<Object>> tuples) {
        Map<List<Object>, Record> found = new HashMap<>();
        List<List<Object>> distinct = new ArrayList<>(new LinkedHashSet<>(tuples));
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<List<Object>> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            RecordQuery query = RecordQuery.page(condition(key, chunk), List.of(new Order(SystemFields.ID, true)), 0,
                    chunk.size() + 1);
            for (Record record : repository.list(entity, query)) {
                List<Object> tuple = tuple(key, record.values());
                if (tuple != null) {
                    found.put(tuple, record);
                }
            }
        }
        return found;
    }

    private static Condition condition(IndexDefinition key, List<List<Object>> tuples) {
        if (key.attributes().size() == 1) {
            List<Object> values = new ArrayList<>();
            tuples.forEach(tuple -> values.add(tuple.get(0)));
            return new Condition.In(key.attributes().get(0), values);
        }
        List<Condition> any = new ArrayList<>();
        for (List<Object> tuple : tuples) {
            List<Condition> all = new ArrayList<>();
            for (int i = 0; i < tuple.size(); i++) {
                all.add(new Condition.Compare(key.attributes().get(i), Condition.Operator.EQUALS, tuple.get(i)));
            }
            any.add(new Condition.All(all));
        }
        return new Condition.Any(any);
    }

    /** The unique keys whose attributes are all in the payload, as the upsert matches them. */
    static List<IndexDefinition> present(EntityDefinition entity, Set<String> attributes) {
        List<IndexDefinition> keys = new ArrayList<>();
        for (IndexDefinition key : entity.uniqueKeys()) {
            if (attributes.containsAll(key.attributes())) {
                keys.add(key);
            }
        }
        return keys;
    }
}
