package dev.atrium.module.pim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.atrium.application.spi.RecordHook;
import dev.atrium.application.spi.RecordWrite;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Condition.Compare;
import dev.atrium.domain.query.Condition.Operator;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValidationException;

/**
 * A product becomes {@code ready} only when it carries a value for every attribute its classifications
 * mark as required; otherwise the change is refused with the missing attributes named.
 */
final class Readiness implements RecordHook {

    static final String READY = "ready";
    private static final int MOST = 10_000;

    @Override
    public void beforeWrite(RecordWrite write) {
        if (!READY.equals(write.values().get("status")) || write.id() == null) {
            return;
        }
        List<Object> classifications = new ArrayList<>();
        write.list("ProductClassification", equal("productId", write.id()), MOST)
                .forEach(link -> classifications.add(link.get("classificationId")));
        if (classifications.isEmpty()) {
            return;
        }
        Set<Object> required = new LinkedHashSet<>();
        write.list("ClassificationAttribute", Condition.all(List.of(new Condition.In("classificationId", classifications),
                equal("isRequired", true))), MOST).forEach(link -> required.add(link.get("attributeId")));
        if (required.isEmpty()) {
            return;
        }
        write.list(AttributeValues.ENTITY, Condition.all(List.of(equal("productId", write.id()),
                new Condition.In("attributeId", List.copyOf(required)))), MOST).stream()
                .filter(Readiness::hasValue)
                .forEach(value -> required.remove(value.get("attributeId")));
        if (!required.isEmpty()) {
            List<String> missing = required.stream().map(id -> write.find("Attribute", (String) id)
                    .map(AttributeValues::label).orElse((String) id)).toList();
            throw ValidationException.of("status", "requiredAttributes", "Product '" + write.id()
                    + "' cannot be ready: required attributes without a value: " + String.join(", ", missing) + ".");
        }
    }

    private static boolean hasValue(Record value) {
        return AttributeValues.VALUE_COLUMNS.stream().anyMatch(column -> {
            Object held = value.get(column);
            return held != null && !(held instanceof String text && text.isBlank())
                    && !(held instanceof List<?> list && list.isEmpty());
        });
    }

    private static Condition equal(String attribute, Object value) {
        return new Compare(attribute, Operator.EQUALS, value);
    }
}
