package dev.atrium.app.http.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.LinkType;

/**
 * Generated corpus requests: every writable attribute of every entity in the catalog, sent with each
 * JSON type its field type does not take, on create; and on update and mass update of the seeded
 * records. Each must be a 400 naming the attribute with the code {@code type}.
 */
final class WrongTypeCases {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> JSON_BODY = Map.of("Content-Type", "application/json");

    private static final List<Object> NOT_TEXT = List.of(12, 1.5, true, List.of("a"), Map.of("a", 1));
    private static final List<Object> NOT_BOOLEAN = List.of("true", 1, 0, List.of(true), Map.of());
    private static final List<Object> NOT_INTEGER = List.of("12", 1.5, true, List.of(1), Map.of(),
            new java.math.BigInteger("123456789012345678901234567890"));
    private static final List<Object> NOT_NUMBER = List.of("1.5", true, List.of(1.5), Map.of());
    private static final List<Object> NOT_DATE = List.of(20240501, true, List.of("2024-05-01"), Map.of());
    private static final List<Object> NOT_LIST = List.of("x", 5, true, Map.of("0", "x"));
    private static final List<Object> NOT_STRING_LIST = List.of("x", 5, Map.of("0", "x"), List.of(5), List.of(List.of("x")));
    private static final List<Object> NOT_OBJECT = List.of(List.of(1), "x", 5, true);
    private static final List<Object> NOT_IDS = List.of("x", 5, Map.of("id", "x"), List.of(5), Map.of());

    private WrongTypeCases() {
    }

    /**
     * @param seeded by entity name, the path of an existing record to update ({@code /api/v1/Product/p1})
     */
    static List<CorpusRequest> of(Catalog catalog, Map<String, String> seeded) {
        List<CorpusRequest> requests = new ArrayList<>();
        for (EntityDefinition entity : catalog.entities()) {
            String path = "/api/v1/" + entity.name();
            wrongValues(entity).forEach((attribute, values) -> {
                for (Object value : values) {
                    String label = entity.name() + "." + attribute + " = " + write(value);
                    requests.add(request("create " + label, "POST", path, Map.of(attribute, value), attribute));
                    if (seeded.containsKey(entity.name())) {
                        requests.add(request("update " + label, "PATCH", seeded.get(entity.name()),
                                Map.of(attribute, value), attribute));
                        requests.add(request("mass update " + label, "PUT", path + "/action/massUpdate",
                                Map.of("ids", List.of(idOf(seeded.get(entity.name()))), "attributes", Map.of(attribute, value)),
                                attribute));
                    }
                }
            });
        }
        return requests;
    }

    private static Map<String, List<Object>> wrongValues(EntityDefinition entity) {
        Map<String, List<Object>> byAttribute = new LinkedHashMap<>();
        for (FieldDefinition field : entity.fields().values()) {
            if (field.system() || field.readOnly() || !field.isStored() || anyJson(entity, field)) {
                continue;
            }
            byAttribute.put(field.attribute(), switch (field.type()) {
                case VARCHAR, TEXT, ENUM, EMAIL, URL, LINK, PASSWORD -> NOT_TEXT;
                case BOOL -> NOT_BOOLEAN;
                case INT -> NOT_INTEGER;
                case FLOAT -> NOT_NUMBER;
                case DATE, DATETIME -> NOT_DATE;
                case MULTI_ENUM -> NOT_STRING_LIST;
                case ARRAY -> NOT_LIST;
                case JSON_OBJECT -> NOT_OBJECT;
                case LINK_MULTIPLE -> NOT_IDS;
            });
        }
        for (LinkDefinition link : entity.links().values()) {
            if (link.type() == LinkType.HAS_MANY) {
                byAttribute.put(link.name() + "Ids", NOT_IDS);
            }
        }
        return byAttribute;
    }

    /** An EntityField's {@code default} takes a value of the type of the field it defines, whatever that is. */
    private static boolean anyJson(EntityDefinition entity, FieldDefinition field) {
        return entity.name().equals("EntityField") && field.name().equals("default");
    }

    private static CorpusRequest request(String name, String method, String path, Object body, String attribute) {
        return new CorpusRequest(name, method, path, JSON_BODY, write(body).getBytes(StandardCharsets.UTF_8), "admin",
                "400", null, attribute, "type");
    }

    private static String idOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
