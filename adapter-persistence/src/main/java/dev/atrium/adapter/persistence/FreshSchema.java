package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.core.CreateIndexChange;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.ObjectQuotingStrategy;
import liquibase.database.core.PostgresDatabase;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.precondition.core.IndexExistsPrecondition;
import liquibase.precondition.core.PreconditionContainer;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.core.MarkChangeSetRanStatement;

/**
 * The first migration of an empty PostgreSQL database in one transaction (ADR 21). Liquibase runs each
 * changeset in a transaction of its own and records it in another, seven round trips apiece; an empty
 * database gets about a thousand changesets (a table, then a column or an index each, ADR 3). Here the
 * SQL Liquibase generates for each changeset and for its record in the changelog table is sent as one batch
 * and committed once, under Liquibase's lock: the same tables, indexes and records, and a start that fails
 * part way leaves the database empty, as PostgreSQL's DDL is transactional. Only the leading changesets
 * whose outcome is known without asking the database are written so: those Liquibase runs unconditionally (no
 * preconditions, SQL visitors, or statements that depend on the database's state), and the drops of indexes
 * of earlier versions (EntityChangelog), which Liquibase records as run without running where the index does
 * not exist, as none does that an earlier changeset of the batch did not create. Liquibase's update then runs
 * what follows, as before.
 */
final class FreshSchema {

    private FreshSchema() {
    }

    /** @return the number of changesets written: none unless the database is PostgreSQL and no changeset has run */
    static int write(Database database, Connection connection, DatabaseChangeLog log) throws Exception {
        if (!(database instanceof PostgresDatabase)) {
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
                for (Outcome outcome : known) {
                    if (outcome.execType() == ChangeSet.ExecType.EXECUTED) {
                        sql.addAll(changeSql(outcome.changeSet(), database));
                    }
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

    /** The changeset's SQL as Liquibase generates it when it runs the changeset, in the changeset's quoting. */
    private static List<String> changeSql(ChangeSet changeSet, Database database) {
        ObjectQuotingStrategy quoting = database.getObjectQuotingStrategy();
        database.setObjectQuotingStrategy(changeSet.getObjectQuotingStrategy());
        try {
            List<String> sql = new ArrayList<>();
            for (Change change : changeSet.getChanges()) {
                add(sql, SqlGeneratorFactory.getInstance().generateSql(change, database));
            }
            return sql;
        } finally {
            database.setObjectQuotingStrategy(quoting);
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
