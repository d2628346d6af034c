package dev.atrium.application.port.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The entities and fields created at runtime, as rows of the catalog entities {@code Entity} and
 * {@code EntityField} (attribute to value), in creation order.
 */
public record RuntimeModel(List<Map<String, Object>> entities, List<Map<String, Object>> fields) {

    public static final RuntimeModel EMPTY = new RuntimeModel(List.of(), List.of());

    public RuntimeModel {
        entities = List.copyOf(entities);
        fields = List.copyOf(fields);
    }

    /** This model with one entity row added, or replaced when its id is already there. */
    public RuntimeModel withEntity(Map<String, Object> row) {
        return new RuntimeModel(put(entities, row), fields);
    }

    public RuntimeModel withField(Map<String, Object> row) {
        return new RuntimeModel(entities, put(fields, row));
    }

    /** This model without the entity (and its fields) or the field of that id. */
    public RuntimeModel without(String id) {
        List<Map<String, Object>> keptEntities = entities.stream().filter(row -> !id.equals(row.get("id"))).toList();
        List<Map<String, Object>> keptFields = fields.stream()
                .filter(row -> !id.equals(row.get("id")) && !id.equals(row.get("entityId"))).toList();
        return new RuntimeModel(keptEntities, keptFields);
    }

    private static List<Map<String, Object>> put(List<Map<String, Object>> rows, Map<String, Object> row) {
        List<Map<String, Object>> changed = new ArrayList<>();
        boolean replaced = false;
        for (Map<String, Object> existing : rows) {
            if (Objects.equals(existing.get("id"), row.get("id"))) {
                changed.add(row);
                replaced = true;
            } else {
                changed.add(existing);
            }
        }
        if (!replaced) {
            changed.add(row);
        }
        return changed;
    }
}
