package dev.atrium.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.IndexDefinition;
import dev.atrium.domain.metadata.SystemFields;

/**
 * The entity tables a catalog needs, as an ordered list of steps with ids made of names only. It is
 * append-only by construction: one step per table (with the system columns, which never change),
 * one per further column and one per index. A field added later adds a step; a step once applied
 * is never rewritten. {@link EntityChangelog} turns the steps into Liquibase changesets; their
 * text is also the schema's fingerprint. Plain Java, so computing it loads no Liquibase class.
 */
record SchemaPlan(List<Step> steps) {

    /** One change to the schema. */
    sealed interface Step permits CreateTable, AddColumn, CreateIndex, DropIndex {
        String id();

        String table();
    }

    record Column(String name, String type, boolean nullable, boolean primaryKey, String defaultValue) {
    }

    record CreateTable(String id, String table, List<Column> columns) implements Step {
    }

    record AddColumn(String id, String table, Column column) implements Step {
    }

    record CreateIndex(String id, String table, String name, boolean unique, List<String> columns) implements Step {
    }

    /** Drops an index that an earlier version created, where it exists (a database made since never had it). */
    record DropIndex(String id, String table, String name) implements Step {
    }

    /**
     * The columns of the table step, frozen: a system column added in a later version gets a step of
     * its own like any other column, or every applied table step would change.
     */
    private static final Set<String> TABLE_ATTRIBUTES = Set.of(SystemFields.ID, SystemFields.DELETED,
            SystemFields.CREATED_AT, SystemFields.MODIFIED_AT, SystemFields.CREATED_BY_ID, SystemFields.MODIFIED_BY_ID);
    private static final String ID_TYPE = "VARCHAR(" + SystemFields.ID_MAX_LENGTH + ")";

    SchemaPlan {
        steps = List.copyOf(steps);
    }

    static SchemaPlan of(Catalog catalog) {
        List<Step> steps = new ArrayList<>();
        catalog.entities().forEach(entity -> addEntity(steps, entity));
        return new SchemaPlan(steps);
    }

    /** A text that changes exactly when the steps do. */
    String describe() {
        StringBuilder text = new StringBuilder();
        steps.forEach(step -> text.append(step).append('\n'));
        return text.toString();
    }

    private static void addEntity(List<Step> steps, EntityDefinition entity) {
        String table = entity.tableName();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(Columns.name(SystemFields.ID), ID_TYPE, false, true, null));
        for (FieldDefinition field : entity.storedFields()) {
            if (TABLE_ATTRIBUTES.contains(field.attribute()) && !field.name().equals(SystemFields.ID)) {
                boolean deleted = field.name().equals(SystemFields.DELETED);
                columns.add(new Column(Columns.name(field), Columns.sqlType(field), !deleted, false,
                        deleted ? "false" : null));
            }
        }
        columns.add(new Column(Columns.DELETED_KEY_COLUMN, ID_TYPE, false, false, ""));
        steps.add(new CreateTable(table + ":table", table, columns));

        for (FieldDefinition field : entity.storedFields()) {
            if (!TABLE_ATTRIBUTES.contains(field.attribute())) {
                Column column = new Column(Columns.name(field), Columns.sqlType(field), true, false, null);
                steps.add(new AddColumn(table + ":column:" + column.name(), table, column));
            }
        }
        for (FieldDefinition field : entity.storedFields()) {
            if (field.index() && !field.unique()) {
                // lists are ordered by id unless asked otherwise: with the id behind the field, a list filtered by
                // it walks the index in order instead of sorting every match. The index on the field alone, which
                // earlier versions created, goes where it exists.
                addIndex(steps, table, new IndexDefinition(field.name() + "ById", List.of(field.attribute(),
                        SystemFields.ID), false));
                String old = indexName(table, new IndexDefinition(field.name(), List.of(field.attribute()), false));
                steps.add(new DropIndex(table + ":drop-index:" + old, table, old));
            }
        }
        for (IndexDefinition index : entity.indexes()) {
            if (!index.unique()) {
                addIndex(steps, table, index);
            }
        }
        entity.uniqueKeys().forEach(key -> addIndex(steps, table, key));
        if (!entity.sortBy().equals(SystemFields.ID)) {
            // the default list order, ties broken by id as every list breaks them: a first page and a
            // keyset page read the index in order instead of sorting the whole table
            addIndex(steps, table, new IndexDefinition("order", List.of(entity.sortBy(), SystemFields.ID), false));
        }
    }

    /** Unique indexes include the hidden deleted key, so uniqueness holds among live records only (ADR 4). */
    private static void addIndex(List<Step> steps, String table, IndexDefinition index) {
        String name = indexName(table, index);
        List<String> columns = new ArrayList<>();
        index.attributes().forEach(attribute -> columns.add(Columns.name(attribute)));
        if (index.unique()) {
            columns.add(Columns.DELETED_KEY_COLUMN);
        }
        steps.add(new CreateIndex(table + ":index:" + name, table, name, index.unique(), columns));
    }

    private static String indexName(String table, IndexDefinition index) {
        return Columns.identifier((index.unique() ? "uq_" : "ix_") + table + "_" + Columns.name(index.name()));
    }
}
