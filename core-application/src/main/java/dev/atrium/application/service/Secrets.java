package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.record.Record;

/** Password fields are write-only: no record leaves the core with one, hashed or not. */
final class Secrets {

    private Secrets() {
    }

    static Record hide(EntityDefinition entity, Record record) {
        return hide(attributes(entity), record);
    }

    /** The attributes {@link #hide(List, Record)} removes, looked up once for a page of records. */
    static List<String> attributes(EntityDefinition entity) {
        List<String> secrets = new ArrayList<>(1);
        for (FieldDefinition field : entity.fields().values()) {
            if (field.type() == FieldType.PASSWORD) {
                secrets.add(field.attribute());
            }
        }
        return secrets;
    }

    static Record hide(List<String> secrets, Record record) {
        LinkedHashMap<String, Object> values = null;
        for (String attribute : secrets) {
            if (record.values().containsKey(attribute)) {
                if (values == null) {
                    values = new LinkedHashMap<>(record.values());
                }
                values.remove(attribute);
            }
        }
        return values == null ? record
                : new Record(record.entity(), Record.handOver(values), record.linkNames(), record.linked());
    }
}
