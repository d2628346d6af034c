package dev.atrium.module.pim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.spi.RecordWrite;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Condition.Compare;
import dev.atrium.domain.query.Condition.Operator;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValidationException;

/**
 * A product becomes {@code ready} only when it carries a value for every attribute its classifications
 * mark as required; otherwise the change is refused with the missing attributes named. A batch of
 * writes costs at most three queries, whatever its size.
 */
final class Readiness implements BatchHook {

    static final String READY = "ready";
    private static final int MOST = 100_000;

    @Override
    public Map<RecordWrite, DomainException> beforeWriteAll(List<RecordWrite> writes) {
        Map<RecordWrite, DomainException> refused = new LinkedHashMap<>();
        Map<String, RecordWrite> becomingReady = new LinkedHashMap<>();
        for (RecordWrite write : writes) {
            if (!READY.equals(write.values().get("status"))) {
                continue;
            }
            becomingReady.put(write.id(), write);
        }
        if (becomingReady.isEmpty()) {
            return refused;
        }
        RecordWrite any = becomingReady.values().iterator().next();
        Map<Object, Set<Object>> classificationsByProduct = new HashMap<>();
        any.list("ProductClassification", new Condition.In("productId", List.copyOf(becomingReady.keySet())), MOST)
                .forEach(link -> classificationsByProduct.computeIfAbsent(link.get("productId"), id -> new HashSet<>())
                        .add(link.get("classificationId")));
        if (classificationsByProduct.isEmpty()) {
            return refused;
        }
        Set<Object> classifications = new HashSet<>();
        classificationsByProduct.values().forEach(classifications::addAll);
        Map<Object, Set<Object>> requiredByClassification = new HashMap<>();
        any.list("ClassificationAttribute", Condition.all(List.of(new Condition.In("classificationId",
                List.copyOf(classifications)), new Compare("isRequired", Operator.EQUALS, true))), MOST)
                .forEach(link -> requiredByClassification.computeIfAbsent(link.get("classificationId"),
                        id -> new HashSet<>()).add(link.get("attributeId")));
        if (requiredByClassification.isEmpty()) {
            return refused;
        }
        Map<Object, Set<Object>> filledByProduct = new HashMap<>();
        any.list(AttributeValues.ENTITY, new Condition.In("productId", List.copyOf(classificationsByProduct.keySet())),
                MOST).stream().filter(Readiness::hasValue).forEach(value -> filledByProduct
                        .computeIfAbsent(value.get("productId"), id -> new HashSet<>()).add(value.get("attributeId")));
        classificationsByProduct.forEach((product, ofProduct) -> {
            Set<Object> missing = new LinkedHashSet<>();
            ofProduct.forEach(classification -> missing.addAll(requiredByClassification.getOrDefault(classification,
                    Set.of())));
            missing.removeAll(filledByProduct.getOrDefault(product, Set.of()));
            if (!missing.isEmpty()) {
                RecordWrite write = becomingReady.get(product);
                List<String> names = new ArrayList<>();
                missing.forEach(id -> names.add(write.find("Attribute", (String) id).map(AttributeValues::label)
                        .orElse((String) id)));
                refused.put(write, ValidationException.of("status", "requiredAttributes", "Product '" + product
                        + "' cannot be ready: required attributes without a value: " + String.join(", ", names) + "."));
            }
        });
        return refused;
    }

    private static boolean hasValue(Record value) {
        return AttributeValues.VALUE_COLUMNS.stream().anyMatch(column -> {
            Object held = value.get(column);
            return held != null && !(held instanceof String text && text.isBlank())
                    && !(held instanceof List<?> list && list.isEmpty());
        });
    }
}
