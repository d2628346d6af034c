package dev.atrium.adapter.persistence;

import java.util.Optional;

import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DropIndexChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.ObjectQuotingStrategy;
import liquibase.database.core.MariaDBDatabase;
import liquibase.database.core.MySQLDatabase;
import liquibase.precondition.core.IndexExistsPrecondition;
import liquibase.precondition.core.PreconditionContainer;
import liquibase.sql.visitor.AppendSqlVisitor;
import liquibase.sql.visitor.SqlVisitor;

/**
 * Turns a {@link SchemaPlan} into a Liquibase changelog: one changeset per step, with the step's
 * id. Changing the storage type of an applied column changes its changeset, and Liquibase stops
 * start-up with its checksum error instead of running on a column of the wrong type (ADR 3).
 */
final class EntityChangelog {

    static final String LOGICAL_PATH = "atrium/entities";
    private static final String AUTHOR = "atrium";

    private EntityChangelog() {
    }

    static DatabaseChangeLog of(SchemaPlan plan, Database database) {
        DatabaseChangeLog log = new DatabaseChangeLog(LOGICAL_PATH);
        log.setLogicalFilePath(LOGICAL_PATH);
        log.setObjectQuotingStrategy(ObjectQuotingStrategy.QUOTE_ALL_OBJECTS);
        Optional<SqlVisitor> tableOptions = tableOptions(database);
        for (SchemaPlan.Step step : plan.steps()) {
            ChangeSet changeSet = new ChangeSet(step.id(), AUTHOR, false, false, LOGICAL_PATH, null, null,
                    ObjectQuotingStrategy.QUOTE_ALL_OBJECTS, log);
            changeSet.addChange(change(step));
            if (step instanceof SchemaPlan.CreateTable) {
                tableOptions.ifPresent(changeSet::addSqlVisitor);
            }
            if (step instanceof SchemaPlan.DropIndex drop) {
                changeSet.setPreconditions(whereIndexExists(drop));
            }
            log.addChangeSet(changeSet);
        }
        return log;
    }

    /**
     * MariaDB and MySQL tables get their character set and a binary, no-pad collation, whatever the
     * database's defaults: text keeps every Unicode character and compares exactly, as on PostgreSQL
     * and H2 (ADR 7). Columns added later take the table's. Only these databases get the clause, so
     * the changesets, and their checksums, stay as they were on the others.
     */
    private static Optional<SqlVisitor> tableOptions(Database database) {
        String collation = database instanceof MariaDBDatabase ? "utf8mb4_nopad_bin"
                : database instanceof MySQLDatabase ? "utf8mb4_0900_bin" : null;
        if (collation == null) {
            return Optional.empty();
        }
        AppendSqlVisitor append = new AppendSqlVisitor();
        append.setValue(" CHARACTER SET utf8mb4 COLLATE " + collation);
        return Optional.of(append);
    }

    /** Runs the drop only where the index exists; elsewhere the change set is recorded as run. */
    private static PreconditionContainer whereIndexExists(SchemaPlan.DropIndex drop) {
        IndexExistsPrecondition exists = new IndexExistsPrecondition();
        exists.setTableName(drop.table());
        exists.setIndexName(drop.name());
        PreconditionContainer preconditions = new PreconditionContainer();
        preconditions.setOnFail(PreconditionContainer.FailOption.MARK_RAN);
        preconditions.addNestedPrecondition(exists);
        return preconditions;
    }

    private static Change change(SchemaPlan.Step step) {
        if (step instanceof SchemaPlan.CreateTable table) {
            return createTable(table);
        }
        if (step instanceof SchemaPlan.AddColumn add) {
            return addColumn(add);
        }
        if (step instanceof SchemaPlan.DropIndex drop) {
            DropIndexChange change = new DropIndexChange();
            change.setTableName(drop.table());
            change.setIndexName(drop.name());
            return change;
        }
        return createIndex((SchemaPlan.CreateIndex) step);
    }

    private static Change createTable(SchemaPlan.CreateTable step) {
        CreateTableChange create = new CreateTableChange();
        create.setTableName(step.table());
        for (SchemaPlan.Column column : step.columns()) {
            ColumnConfig config = new ColumnConfig();
            describe(config, column, step.table());
            create.addColumn(config);
        }
        return create;
    }

    private static Change addColumn(SchemaPlan.AddColumn step) {
        AddColumnChange add = new AddColumnChange();
        add.setTableName(step.table());
        AddColumnConfig config = new AddColumnConfig();
        describe(config, step.column(), step.table());
        add.addColumn(config);
        return add;
    }

    private static Change createIndex(SchemaPlan.CreateIndex step) {
        CreateIndexChange create = new CreateIndexChange();
        create.setTableName(step.table());
        create.setIndexName(step.name());
        create.setUnique(step.unique());
        for (String name : step.columns()) {
            AddColumnConfig column = new AddColumnConfig();
            column.setName(name);
            create.addColumn(column);
        }
        return create;
    }

    private static void describe(ColumnConfig config, SchemaPlan.Column column, String table) {
        config.setName(column.name());
        config.setType(column.type());
        if (column.defaultValue() != null) {
            if (column.type().equals("BOOLEAN")) {
                config.setDefaultValueBoolean(Boolean.valueOf(column.defaultValue()));
            } else {
                config.setDefaultValue(column.defaultValue());
            }
        }
        if (column.primaryKey()) {
            config.setConstraints(new ConstraintsConfig().setPrimaryKey(true)
                    .setPrimaryKeyName(Columns.identifier("pk_" + table)).setNullable(false));
        } else if (!column.nullable()) {
            config.setConstraints(new ConstraintsConfig().setNullable(false));
        }
    }
}
