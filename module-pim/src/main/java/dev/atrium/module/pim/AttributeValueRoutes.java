package dev.atrium.module.pim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.port.in.GetRecordQuery;
import dev.atrium.application.port.in.ListRecordsQuery;
import dev.atrium.application.port.in.MassSelection;
import dev.atrium.application.port.in.UpsertUseCase;
import dev.atrium.application.port.in.UpsertUseCase.Item;
import dev.atrium.application.port.in.UpsertUseCase.Result;
import dev.atrium.application.spi.RecordActionCall;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.record.FieldError;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValidationException;

/**
 * AtroPIM's attribute value routes on a product. {@code POST .../upsertAttributeValues} takes
 * {@code [{attributeId, value, valueUnitId, language}]}, puts each value in the column of its
 * attribute's type and upserts them all in one batch and one transaction (matched by product, attribute
 * and language), answering {@code true}; any value refused is a 400 naming its attribute, and none is
 * stored. {@code DELETE .../attributeValues} with {@code {attributeIds}} removes those attributes' values
 * in every language. Reading them is {@link AttributeValueReads}.
 */
final class AttributeValueRoutes {

    static final String UPSERT = "upsertAttributeValues";
    static final String VALUES = "attributeValues";
    private static final int PAGE = 1000;

    private AttributeValueRoutes() {
    }

    static Object upsert(RecordActionCall call) {
        if (!(call.body() instanceof List<?> body)) {
            throw DomainException.invalid("The body must be an array of {attributeId, value, valueUnitId, language}.");
        }
        product(call);
        Set<String> attributeIds = new LinkedHashSet<>();
        body.forEach(item -> {
            if (item instanceof Map<?, ?> map && map.get("attributeId") instanceof String id) {
                attributeIds.add(id);
            }
        });
        Map<String, Record> attributes = byId(call, "Attribute", new ArrayList<>(attributeIds));

        List<FieldError> problems = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<Record> itemAttributes = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (Object element : body) {
            if (!(element instanceof Map<?, ?> item) || !(item.get("attributeId") instanceof String attributeId)) {
                problems.add(new FieldError("attributeId", "required", "Each value needs an 'attributeId'."));
                continue;
            }
            Record attribute = attributes.get(attributeId);
            if (attribute == null) {
                problems.add(new FieldError("attributeId", "notFound", "Attribute '" + attributeId + "' is not found."));
                continue;
            }
            String column = AttributeValues.COLUMNS.get((String) attribute.get("type"));
            Map<String, Object> payload = new HashMap<>();
            payload.put("productId", call.id());
            payload.put("attributeId", attributeId);
            payload.put("language", item.get("language") == null ? AttributeValues.MAIN_LANGUAGE : item.get("language"));
            payload.put(column, item.get("value"));
            if (item.containsKey("valueUnitId")) {
                payload.put("valueUnitId", item.get("valueUnitId"));
            }
            items.add(new Item(AttributeValues.ENTITY, payload, null));
            itemAttributes.add(attribute);
            columns.add(column);
        }
        refuse(problems);
        // all or nothing: a value refused rolls back the values stored before it
        return call.inOneTransaction(() -> {
            List<Result> results = call.upserts().upsert(call.caller(), items, false);
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).status() == UpsertUseCase.Status.Failed) {
                    problems.add(new FieldError("value", "invalid", "Attribute '"
                            + AttributeValues.label(itemAttributes.get(i)) + "': "
                            + results.get(i).message().replace("'" + columns.get(i) + "'", "'value'")));
                }
            }
            refuse(problems);
            return true;
        });
    }

    private static void refuse(List<FieldError> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    static Object delete(RecordActionCall call) {
        if (!(call.body() instanceof Map<?, ?> body) || !(body.get("attributeIds") instanceof List<?> ids) || ids.isEmpty()
                || !ids.stream().allMatch(String.class::isInstance)) {
            throw DomainException.invalid("The body must be {\"attributeIds\": [...]}, naming at least one attribute.");
        }
        product(call);
        List<Object> where = List.of(
                Map.of("type", "equals", "attribute", "productId", "value", call.id()),
                Map.of("type", "in", "attribute", "attributeId", "value", ids));
        call.massActions().massDelete(new MassSelection(call.caller(), AttributeValues.ENTITY, null, where, true));
        return true;
    }

    /** The product must exist and be readable by the caller (404 otherwise). */
    private static void product(RecordActionCall call) {
        call.reads().get(new GetRecordQuery(call.caller(), call.entity(), call.id()));
    }

    private static Map<String, Record> byId(RecordActionCall call, String entity, List<String> ids) {
        Map<String, Record> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + PAGE));
            List<Object> where = List.of(Map.of("type", "in", "attribute", "id", "value", chunk));
            call.lists().list(new ListRecordsQuery(call.caller(), entity, where, null, null, null, null, 0, PAGE, null,
                    false, true)).list().forEach(record -> found.put(record.id(), record));
        }
        return found;
    }

}
