package dev.atrium.application.service;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.record.Record;

/** Password fields are write-only: no record leaves the core with one, hashed or not. */
final class Secrets {

    private Secrets() {
    }

    static Record hide(EntityDefinition entity, Record record) {
        Map<String, Object> values = null;
        for (FieldDefinition field : entity.fields().values()) {
            if (field.type() == FieldType.PASSWORD && record.values().containsKey(field.attribute())) {
                if (values == null) {
                    values = new LinkedHashMap<>(record.values());
                }
                values.remove(field.attribute());
            }
        }
        return values == null ? record : new Record(record.entity(), values, record.linkNames(), record.linked());
    }
}
