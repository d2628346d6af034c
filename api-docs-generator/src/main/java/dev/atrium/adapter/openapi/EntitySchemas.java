package dev.atrium.adapter.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.media.Schema;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.record.Prev;
import dev.atrium.domain.record.RecordIds;

/**
 * The component schemas of one entity: {@code {E}} as read, {@code {E}Create}, {@code {E}Update},
 * {@code {E}ListItem} and {@code ListOf{E}}.
 */
final class EntitySchemas {

    private final SchemaFactory schemas;
    private final FieldSchemas fields;

    EntitySchemas(SchemaFactory schemas) {
        this.schemas = schemas;
        this.fields = new FieldSchemas(schemas);
    }

    static String recordName(EntityDefinition entity) {
        return entity.name();
    }

    static String createName(EntityDefinition entity) {
        return entity.name() + "Create";
    }

    static String updateName(EntityDefinition entity) {
        return entity.name() + "Update";
    }

    static String listItemName(EntityDefinition entity) {
        return entity.name() + "ListItem";
    }

    static String listName(EntityDefinition entity) {
        return "ListOf" + entity.name();
    }

    static String massUpdateName(EntityDefinition entity) {
        return entity.name() + "MassUpdate";
    }

    /** The schemas by component name, in the order above, with the fields the caller may read or write. */
    Map<String, Schema<Object>> of(EntityDefinition entity, CallerView caller) {
        Map<String, Schema<Object>> named = new LinkedHashMap<>();
        named.put(recordName(entity), record(entity, caller));
        named.put(createName(entity), body(entity, Usage.CREATE, caller));
        named.put(updateName(entity), body(entity, Usage.UPDATE, caller));
        named.put(listItemName(entity), listItem(entity, named.get(recordName(entity))));
        named.put(listName(entity), list(entity));
        return named;
    }

    /** Every attribute a read answers, always present: the stored ones and, after each link id, the linked name. */
    private Schema<Object> record(EntityDefinition entity, CallerView caller) {
        Schema<Object> record = object("A " + entity.name() + " as every read answers it.");
        for (FieldDefinition field : entity.fields().values()) {
            if (!caller.canRead(entity, field)) {
                continue;
            }
            if (field.isStored() && field.type() != FieldType.PASSWORD && !SystemFields.isHidden(field.attribute())) {
                record.addProperty(field.attribute(), attribute(entity, field, Usage.READ));
            }
            if (field.type() == FieldType.LINK) {
                Schema<Object> name = schemas.typed("string", true);
                name.setReadOnly(true);
                name.setDescription("Name of the linked " + target(entity, field) + ", if it has names.");
                record.addProperty(field.name() + "Name", name);
            }
        }
        record.setRequired(List.copyOf(record.getProperties().keySet()));
        for (FieldDefinition field : entity.fields().values()) {
            if (field.type() == FieldType.LINK_MULTIPLE && caller.canRead(entity, field)) {
                Schema<Object> ids = linkedIds(entity, field, false);
                ids.setReadOnly(true);
                Schema<Object> names = schemas.typed("object", false);
                names.setAdditionalProperties(schemas.typed("string", true));
                names.setReadOnly(true);
                names.setDescription("Names of the linked " + target(entity, field) + " records by id.");
                record.addProperty(field.name() + "Ids", ids);
                record.addProperty(field.name() + "Names", names);
            }
        }
        record.setAdditionalProperties(false);
        return record;
    }

    private Schema<Object> body(EntityDefinition entity, Usage usage, CallerView caller) {
        Schema<Object> body = object(usage == Usage.CREATE
                ? "A new " + entity.name() + ". Read-only attributes of " + entity.name() + " are ignored, and so are "
                        + "keys that name no field (see X-Atrium-Ignored-Fields)."
                : "The attributes to change; the others keep their values. Read-only attributes and keys that name no "
                        + "field are ignored.");
        if (usage == Usage.CREATE) {
            body.addProperty(SystemFields.ID, clientId());
        }
        for (FieldDefinition field : entity.fields().values()) {
            if (!caller.canEdit(entity, field)) {
                continue;
            }
            if (field.isStored() && !field.system() && !field.readOnly()) {
                body.addProperty(field.attribute(), attribute(entity, field, usage));
                if (usage == Usage.CREATE && field.required()) {
                    body.addRequiredItem(field.attribute());
                }
            }
            if (field.type() == FieldType.LINK_MULTIPLE) {
                body.addProperty(field.name() + "Ids", linkedIds(entity, field, true));
            }
        }
        entity.aliases().forEach((alias, attribute) -> {
            Schema<?> current = body.getProperties().get(attribute);
            if (current != null) {
                Schema<Object> old = fields.schema(entity.fieldByAttribute(attribute).orElseThrow(), Usage.UPDATE);
                old.setDeprecated(true);
                old.setDescription("Old name of '" + attribute + "', still accepted; send '" + attribute + "'.");
                body.addProperty(alias, old);
            }
        });
        controlKeys(body, usage);
        return body;
    }

    /** The keys AtroCore's clients send with saves besides the fields, and what each does. */
    private void controlKeys(Schema<Object> body, Usage usage) {
        if (usage == Usage.UPDATE) {
            Schema<Object> prev = schemas.typed("object", false);
            prev.setDescription("The values last read, by attribute. If a field this update sets no longer holds the "
                    + "value given here, someone else changed it meanwhile: 409 naming the fields, nothing written.");
            body.addProperty(Prev.KEY, prev);
            body.addProperty(Prev.SKIP_KEY, flag("true: skip the check of '_prev' and overwrite."));
        }
        body.addProperty("forceDuplicate", flag("Accepted as AtroCore's clients send it; Atrium refuses only "
                + "unique values, so it changes nothing."));
        body.addProperty("_silentMode", flag("Accepted as AtroCore's clients send it; it changes nothing here."));
    }

    private Schema<Object> flag(String description) {
        Schema<Object> flag = schemas.typed("boolean", false);
        flag.setDescription(description);
        return flag;
    }

    /**
     * A record as a list answers it: the read schema's attributes, of which only {@code id} is sure to be there,
     * since {@code select} trims the others (and to-many links come only when selected).
     */
    private Schema<Object> listItem(EntityDefinition entity, Schema<Object> record) {
        Schema<Object> item = object("A " + entity.name() + " in a list: every attribute of " + recordName(entity)
                + ", or with select only the ones selected; id always comes back.");
        record.getProperties().forEach((name, property) -> item.addProperty(name, property));
        item.setRequired(List.of(SystemFields.ID));
        item.setAdditionalProperties(false);
        return item;
    }

    /** total is left out with collectionOnly or count=none, list with totalOnly; next comes when more records follow. */
    private Schema<Object> list(EntityDefinition entity) {
        Schema<Object> list = object("One page of " + entity.name() + " records and the number of all that match "
                + "(total, unless collectionOnly or count=none; list, unless totalOnly).");
        Schema<Object> total = schemas.typed("integer", false);
        total.setFormat("int64");
        Schema<Object> page = schemas.typed("array", false);
        page.setItems(schemas.ref(listItemName(entity)));
        Schema<Object> next = schemas.typed("string", false);
        next.setDescription("Present when more records follow this page (whether it was asked by offset or by cursor): "
                + "pass it as 'cursor', with the same where, textFilter, sortBy and asc, for the next page.");
        list.addProperty("total", total);
        list.addProperty("list", page);
        list.addProperty("next", next);
        list.setAdditionalProperties(false);
        return list;
    }

    private Schema<Object> attribute(EntityDefinition entity, FieldDefinition field, Usage usage) {
        Schema<Object> schema = fields.schema(field, usage);
        if (field.type() == FieldType.LINK) {
            schema.setDescription("Id of the linked " + target(entity, field) + ".");
        }
        if (field.language() != null) {
            schema.setDescription("The " + field.language() + " value of multilingual " + base(entity, field) + ".");
        }
        return schema;
    }

    /** A to-many link's ids: answered by single-record reads (and lists that select them), replaced whole on writes. */
    private Schema<Object> linkedIds(EntityDefinition entity, FieldDefinition link, boolean nullable) {
        Schema<Object> ids = schemas.typed("array", nullable);
        ids.setItems(schemas.typed("string", false));
        ids.setDescription("Ids of the linked " + target(entity, link) + " records. On a write, the links become exactly these (null: none).");
        return ids;
    }

    private Schema<Object> clientId() {
        Schema<Object> id = schemas.typed("string", false);
        id.setMaxLength(SystemFields.ID_MAX_LENGTH);
        id.setPattern(RecordIds.CLIENT_ID.pattern());
        id.setDescription("Chosen by the client, or assigned by Atrium (a UUIDv7) when absent.");
        return id;
    }

    private Schema<Object> object(String description) {
        Schema<Object> schema = schemas.typed("object", false);
        schema.setDescription(description);
        return schema;
    }

    private static String base(EntityDefinition entity, FieldDefinition companion) {
        return entity.fields().values().stream().filter(FieldDefinition::multilang)
                .filter(field -> FieldDefinition.companionName(field.name(), companion.language()).equals(companion.name()))
                .map(FieldDefinition::name).findFirst().orElse(companion.name());
    }

    private static String target(EntityDefinition entity, FieldDefinition link) {
        return entity.links().get(link.name()).entity();
    }
}
