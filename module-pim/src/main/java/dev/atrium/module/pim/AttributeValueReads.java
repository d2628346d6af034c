package dev.atrium.module.pim;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.port.in.GetRecordQuery;
import dev.atrium.application.spi.RecordActionCall;
import dev.atrium.application.spi.RecordReadCall;
import dev.atrium.application.spi.RecordReadExtension;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.record.Record;

/**
 * Reading a product's attribute values as AtroPIM answers them: {@code GET .../attributeValues} is the JSON
 * array of its values, and lists and single reads of products carry them under {@code attributeValues} when
 * asked with {@code allAttributes=true} or {@code attributes=id1,id2}: two queries for a whole page.
 */
final class AttributeValueReads implements RecordReadExtension {

    static final String ALL = "allAttributes";
    static final String SOME = "attributes";
    static final Set<String> PARAMETERS = Set.of(ALL, SOME);
    static final String KEY = "attributeValues";

    private AttributeValueReads() {
    }

    static AttributeValueReads extension() {
        return new AttributeValueReads();
    }

    /** {@code GET /Product/{id}/attributeValues}: the product must be readable (404 otherwise). */
    static Object read(RecordActionCall call) {
        call.reads().get(new GetRecordQuery(call.caller(), call.entity(), call.id()));
        return AttributeValueJson.byProduct(call.lists(), call.caller(), List.of(call.id()), null).get(call.id());
    }

    @Override
    public Map<String, Object> extend(RecordReadCall call) {
        List<String> attributeIds = attributeIds(call);
        if (attributeIds != null && attributeIds.isEmpty()) {
            return Map.of();
        }
        List<String> productIds = call.records().stream().map(Record::id).toList();
        return new LinkedHashMap<>(AttributeValueJson.byProduct(call.lists(), call.caller(), productIds, attributeIds));
    }

    /** Null for every attribute; empty when the request asks for none. */
    private static List<String> attributeIds(RecordReadCall call) {
        String all = call.parameter(ALL);
        if (all != null && !all.equals("true") && !all.equals("false")) {
            throw DomainException.invalid("'" + ALL + "' must be true or false.");
        }
        if ("true".equals(all)) {
            return null;
        }
        String some = call.parameter(SOME);
        return some == null ? List.of() : Arrays.stream(some.split(",")).map(String::trim).filter(id -> !id.isEmpty())
                .distinct().toList();
    }
}
