package dev.atrium.module.pim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.atrium.application.port.in.ListRecordsQuery;
import dev.atrium.application.port.in.ListRecordsUseCase;
import dev.atrium.domain.query.RecordPage;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValueConverter;
import dev.atrium.domain.security.Principal;

/**
 * Attribute values as AtroPIM answers them: {@code {attributeId, attributeName, attributeCode, type, value,
 * valueUnitId, language}}, the value taken from the column of the attribute's type and typed by it.
 */
final class AttributeValueJson {

    private AttributeValueJson() {
    }

    /** @param attributes the values' attributes by id; a value whose attribute the caller cannot read is left out */
    static Map<String, Object> of(Record value, Map<String, Record> attributes) {
        Record attribute = attributes.get((String) value.get("attributeId"));
        if (attribute == null) {
            return null;
        }
        String type = (String) attribute.get("type");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("attributeId", attribute.id());
        json.put("attributeName", attribute.get("name"));
        json.put("attributeCode", attribute.get(Codes.CODE));
        json.put("type", type);
        json.put("value", ValueConverter.toJson(value.get(AttributeValues.COLUMNS.get(type))));
        json.put("valueUnitId", value.get("valueUnitId"));
        json.put("language", value.get("language"));
        return json;
    }

    /** Every value of the given products (and attributes, when named), grouped by product, in id order. */
    static Map<String, List<Map<String, Object>>> byProduct(ListRecordsUseCase lists, Principal caller,
            List<String> productIds, List<String> attributeIds) {
        List<Object> where = new ArrayList<>();
        where.add(Map.of("type", "in", "attribute", "productId", "value", productIds));
        if (attributeIds != null) {
            where.add(Map.of("type", "in", "attribute", "attributeId", "value", attributeIds));
        }
        List<Record> values = all(lists, caller, AttributeValues.ENTITY, where);
        List<String> used = values.stream().map(value -> (String) value.get("attributeId")).distinct().toList();
        Map<String, Record> attributes = new LinkedHashMap<>();
        if (!used.isEmpty()) {
            all(lists, caller, "Attribute", List.of(Map.of("type", "in", "attribute", "id", "value", used)))
                    .forEach(attribute -> attributes.put(attribute.id(), attribute));
        }
        Map<String, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
        productIds.forEach(id -> grouped.put(id, new ArrayList<>()));
        for (Record value : values) {
            Map<String, Object> json = of(value, attributes);
            if (json != null) {
                grouped.get((String) value.get("productId")).add(json);
            }
        }
        return grouped;
    }

    /** Every record that matches, page by page along the keyset cursor: a fixed number of statements per page. */
    static List<Record> all(ListRecordsUseCase lists, Principal caller, String entity, List<Object> where) {
        List<Record> found = new ArrayList<>();
        String cursor = null;
        do {
            RecordPage page = lists.list(new ListRecordsQuery(caller, entity, where, null, null, null, null, 0, null,
                    cursor, false, true));
            found.addAll(page.list());
            cursor = page.next();
        } while (cursor != null);
        return found;
    }
}
