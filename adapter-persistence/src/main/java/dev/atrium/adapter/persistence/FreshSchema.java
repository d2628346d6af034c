package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import liquibase.Scope;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.ObjectQuotingStrategy;
import liquibase.database.core.H2Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.precondition.core.IndexExistsPrecondition;
import liquibase.precondition.core.PreconditionContainer;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.core.MarkChangeSetRanStatement;

/**
 * The first migration of an empty database as one batch (ADR 21). Liquibase runs each changeset in a
 * transaction of its own and records it in another, seven round trips apiece; an empty database gets hundreds
 * of changesets (a table, then a column or an index each, ADR 3). Here the SQL Liquibase generates for the
 * changesets and for their records in the changelog table is sent as one batch and committed once, under
 * Liquibase's lock: the same tables, indexes and records. A column added to a table the batch creates is created
 * with the table. On PostgreSQL, whose DDL is transactional, a start that fails part way leaves the database
 * empty; H2 commits each DDL statement, as it did under Liquibase's own run. Only the leading changesets whose
 * outcome is known without asking the database are written so: those Liquibase runs unconditionally (no
 * preconditions, SQL visitors, or statements that depend on the database's state), and the drops of indexes
 * of earlier versions (EntityChangelog), which Liquibase records as run without running where the index does
 * not exist, as none does that an earlier changeset of the batch did not create. Liquibase's update then runs
 * what follows, as before. MariaDB keeps Liquibase's run: its tables carry options (an SQL visitor).
 */
final class FreshSchema {

    private FreshSchema() {
    }

    /** @return the number of changesets written: none unless the database is PostgreSQL or H2 and no changeset has run */
    static int write(Database database, Connection connection, DatabaseChangeLog log) throws Exception {
        if (!(database instanceof PostgresDatabase || database instanceof H2Database)) {
            return 0;
        }
        LockService lock = LockServiceFactory.getInstance().getLockService(database);
        lock.waitForLock();
        ChangeLogHistoryService history = ChangeLogHistoryServiceFactory.getInstance().getChangeLogService(database);
        try {
            history.init();
            if (!history.getRanChangeSets().isEmpty()) {
                return 0;
            }
            history.generateDeploymentId();
            List<Outcome> known = leadingKnown(log, database);
            List<String> sql = new ArrayList<>();
            Scope.child(Scope.Attr.deploymentId.name(), history.getDeploymentId(), () -> {
                sql.addAll(schemaSql(known, database));
                for (Outcome outcome : known) {
                    add(sql, SqlGeneratorFactory.getInstance().generateSql(
                            new MarkChangeSetRanStatement(outcome.changeSet(), outcome.execType()), database));
                }
            });
            execute(connection, sql);
            return known.size();
        } finally {
            history.reset();
            lock.releaseLock();
        }
    }

    /** A changeset and how Liquibase would record it: run, or marked as run where its precondition failed. */
    private record Outcome(ChangeSet changeSet, ChangeSet.ExecType execType) {
    }

    private static List<Outcome> leadingKnown(DatabaseChangeLog log, Database database) {
        List<Outcome> known = new ArrayList<>();
        Set<String> indexes = new HashSet<>();
        for (ChangeSet changeSet : log.getChangeSets()) {
            boolean plain = changeSet.getSqlVisitors().isEmpty() && changeSet.isRunInTransaction()
                    && !changeSet.isIgnore() && !changeSet.isAlwaysRun() && !changeSet.isRunOnChange()
                    && (changeSet.getDbmsSet() == null || changeSet.getDbmsSet().isEmpty())
                    && (changeSet.getContextFilter() == null || changeSet.getContextFilter().isEmpty())
                    && (changeSet.getLabels() == null || changeSet.getLabels().isEmpty())
                    && changeSet.getChanges().stream().noneMatch(change -> change.generateStatementsVolatile(database));
            PreconditionContainer preconditions = changeSet.getPreconditions();
            if (!plain) {
                break;
            }
            if (preconditions == null || preconditions.getNestedPreconditions().isEmpty()) {
                known.add(new Outcome(changeSet, ChangeSet.ExecType.EXECUTED));
                changeSet.getChanges().stream().filter(CreateIndexChange.class::isInstance)
                        .forEach(change -> indexes.add(indexKey(((CreateIndexChange) change).getTableName(),
                                ((CreateIndexChange) change).getIndexName())));
            } else if (dropsAMissingIndex(preconditions, indexes)) {
                known.add(new Outcome(changeSet, ChangeSet.ExecType.MARK_RAN));
            } else {
                break;
            }
        }
        return known;
    }

    /** The precondition of a drop of an earlier version's index (EntityChangelog), on an index not created here. */
    private static boolean dropsAMissingIndex(PreconditionContainer preconditions, Set<String> created) {
        return preconditions.getOnFail() == PreconditionContainer.FailOption.MARK_RAN
                && preconditions.getNestedPreconditions().size() == 1
                && preconditions.getNestedPreconditions().get(0) instanceof IndexExistsPrecondition exists
                && exists.getColumnNames() == null
                && !created.contains(indexKey(exists.getTableName(), exists.getIndexName()));
    }

    private static String indexKey(String table, String index) {
        return (table + "." + index).toLowerCase(Locale.ROOT);
    }

    /**
     * The SQL of the changes run, in order, as Liquibase generates it, each in its changeset's quoting; a column
     * added to a table created in the same batch is created with the table instead ({@code CREATE TABLE} with
     * every column): the same table, where H2 would copy the table at every {@code ALTER TABLE ... ADD} (a third
     * of its migration's time).
     */
    private static List<String> schemaSql(List<Outcome> known, Database database) {
        List<Supplier<List<String>>> pieces = new ArrayList<>();
        Map<String, Table> created = new HashMap<>();
        for (Outcome outcome : known) {
            if (outcome.execType() != ChangeSet.ExecType.EXECUTED) {
                continue;
            }
            ObjectQuotingStrategy quoting = outcome.changeSet().getObjectQuotingStrategy();
            for (Change change : outcome.changeSet().getChanges()) {
                if (change instanceof CreateTableChange create) {
                    Table table = new Table(copy(create), quoting);
                    created.put(create.getTableName().toLowerCase(Locale.ROOT), table);
                    pieces.add(() -> sql(table.create(), table.quoting(), database));
                    continue;
                }
                if (change instanceof AddColumnChange add) {
                    Table table = created.get(add.getTableName().toLowerCase(Locale.ROOT));
                    if (table != null && table.quoting() == quoting && Objects.equals(add.getSchemaName(),
                            table.create().getSchemaName()) && add.getColumns().stream().allMatch(FreshSchema::appended)) {
                        add.getColumns().forEach(table.create()::addColumn);
                        continue;
                    }
                }
                pieces.add(() -> sql(change, quoting, database));
            }
        }
        List<String> sql = new ArrayList<>();
        pieces.forEach(piece -> sql.addAll(piece.get()));
        return sql;
    }

    /** A table created in the batch, with the columns added to it since; its changeset's quoting. */
    private record Table(CreateTableChange create, ObjectQuotingStrategy quoting) {
    }

    /** The table the change creates, as a change of its own: the changeset's, which its checksum is made from, stays as it is. */
    private static CreateTableChange copy(CreateTableChange create) {
        CreateTableChange copy = new CreateTableChange();
        copy.setCatalogName(create.getCatalogName());
        copy.setSchemaName(create.getSchemaName());
        copy.setTableName(create.getTableName());
        copy.setTablespace(create.getTablespace());
        copy.setRemarks(create.getRemarks());
        copy.setTableType(create.getTableType());
        copy.setIfNotExists(create.getIfNotExists());
        copy.setRowDependencies(create.getRowDependencies());
        create.getColumns().forEach(copy::addColumn);
        return copy;
    }

    /** A column added after the others, as a created table's columns are. */
    private static boolean appended(AddColumnConfig column) {
        return column.getAfterColumn() == null && column.getBeforeColumn() == null && column.getPosition() == null;
    }

    /** A change's SQL as Liquibase generates it when it runs the change, in the given quoting. */
    private static List<String> sql(Change change, ObjectQuotingStrategy quoting, Database database) {
        ObjectQuotingStrategy before = database.getObjectQuotingStrategy();
        database.setObjectQuotingStrategy(quoting);
        try {
            List<String> sql = new ArrayList<>();
            add(sql, SqlGeneratorFactory.getInstance().generateSql(change, database));
            return sql;
        } finally {
            database.setObjectQuotingStrategy(before);
        }
    }

    private static void add(List<String> sql, Sql[] generated) {
        for (Sql statement : generated) {
            sql.add(statement.toSql());
        }
    }

    private static void execute(Connection connection, List<String> sql) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String line : sql) {
                statement.addBatch(line);
            }
            statement.executeBatch();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
