package dev.atrium.adapter.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.IndexDefinition;
import dev.atrium.domain.metadata.SystemFields;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.ObjectQuotingStrategy;

/**
 * Generates the Liquibase changelog of the catalog's entity tables. It is append-only by
 * construction: one changeset per table (with the system columns, which never change), one per
 * further column and one per index, each with an id derived from names only. A field added later
 * adds a changeset; one already applied is never rewritten, so Liquibase's checksums stay valid.
 * A field whose storage type changes therefore fails start-up with Liquibase's checksum error
 * instead of silently keeping the old column.
 */
final class EntityChangelog {

    static final String LOGICAL_PATH = "atrium/entities";
    private static final String AUTHOR = "atrium";
    /** PostgreSQL's identifier limit; longer index names are shortened with a hash. */
    private static final int MAX_IDENTIFIER = 63;

    /**
     * The columns of the table changeset, frozen: a system column added in a later version gets a
     * changeset of its own like any other column, or every applied table changeset would break.
     */
    private static final Set<String> TABLE_ATTRIBUTES = Set.of(SystemFields.ID, SystemFields.DELETED,
            SystemFields.CREATED_AT, SystemFields.MODIFIED_AT, SystemFields.CREATED_BY_ID, SystemFields.MODIFIED_BY_ID);

    private EntityChangelog() {
    }

    static DatabaseChangeLog of(Catalog catalog) {
        DatabaseChangeLog log = new DatabaseChangeLog(LOGICAL_PATH);
        log.setLogicalFilePath(LOGICAL_PATH);
        log.setObjectQuotingStrategy(ObjectQuotingStrategy.QUOTE_ALL_OBJECTS);
        for (EntityDefinition entity : catalog.entities()) {
            addEntity(log, entity);
        }
        return log;
    }

    private static void addEntity(DatabaseChangeLog log, EntityDefinition entity) {
        String table = entity.tableName();
        CreateTableChange create = new CreateTableChange();
        create.setTableName(table);
        create.addColumn(column(SystemFields.ID, "VARCHAR(" + SystemFields.ID_MAX_LENGTH + ")",
                new ConstraintsConfig().setPrimaryKey(true).setPrimaryKeyName(identifier("pk_" + table)).setNullable(false)));
        for (FieldDefinition field : entity.storedFields()) {
            if (TABLE_ATTRIBUTES.contains(field.attribute()) && !field.name().equals(SystemFields.ID)) {
                ColumnConfig column = column(Columns.name(field), Columns.sqlType(field), null);
                if (field.name().equals(SystemFields.DELETED)) {
                    column.setDefaultValueBoolean(false);
                    column.setConstraints(new ConstraintsConfig().setNullable(false));
                }
                create.addColumn(column);
            }
        }
        ColumnConfig deletedKey = column(Columns.DELETED_KEY_COLUMN, "VARCHAR(" + SystemFields.ID_MAX_LENGTH + ")",
                new ConstraintsConfig().setNullable(false));
        deletedKey.setDefaultValue("");
        create.addColumn(deletedKey);
        changeSet(log, table + ":table", create);

        for (FieldDefinition field : entity.storedFields()) {
            if (TABLE_ATTRIBUTES.contains(field.attribute())) {
                continue;
            }
            AddColumnChange add = new AddColumnChange();
            add.setTableName(table);
            AddColumnConfig column = new AddColumnConfig();
            column.setName(Columns.name(field));
            column.setType(Columns.sqlType(field));
            add.addColumn(column);
            changeSet(log, table + ":column:" + Columns.name(field), add);
        }

        for (FieldDefinition field : entity.storedFields()) {
            if (field.index() && !field.unique()) {
                index(log, entity, new IndexDefinition(field.name(), List.of(field.attribute()), false));
            }
        }
        for (IndexDefinition index : entity.indexes()) {
            if (!index.unique()) {
                index(log, entity, index);
            }
        }
        entity.uniqueKeys().forEach(key -> index(log, entity, key));
    }

    /** Unique indexes include the hidden deleted key, so uniqueness holds among live records only. */
    private static void index(DatabaseChangeLog log, EntityDefinition entity, IndexDefinition index) {
        String table = entity.tableName();
        String name = identifier((index.unique() ? "uq_" : "ix_") + table + "_" + Columns.name(index.name()));
        CreateIndexChange create = new CreateIndexChange();
        create.setTableName(table);
        create.setIndexName(name);
        create.setUnique(index.unique());
        for (String attribute : index.attributes()) {
            create.addColumn(indexColumn(Columns.name(attribute)));
        }
        if (index.unique()) {
            create.addColumn(indexColumn(Columns.DELETED_KEY_COLUMN));
        }
        changeSet(log, table + ":index:" + name, create);
    }

    private static AddColumnConfig indexColumn(String name) {
        AddColumnConfig column = new AddColumnConfig();
        column.setName(name);
        return column;
    }

    private static ColumnConfig column(String name, String type, ConstraintsConfig constraints) {
        ColumnConfig column = new ColumnConfig();
        column.setName(name);
        column.setType(type);
        if (constraints != null) {
            column.setConstraints(constraints);
        }
        return column;
    }

    private static void changeSet(DatabaseChangeLog log, String id, Change change) {
        ChangeSet changeSet = new ChangeSet(id, AUTHOR, false, false, LOGICAL_PATH, null, null,
                ObjectQuotingStrategy.QUOTE_ALL_OBJECTS, log);
        changeSet.addChange(change);
        log.addChangeSet(changeSet);
    }

    static String identifier(String name) {
        if (name.length() <= MAX_IDENTIFIER) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return name.substring(0, MAX_IDENTIFIER - 9) + "_" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
