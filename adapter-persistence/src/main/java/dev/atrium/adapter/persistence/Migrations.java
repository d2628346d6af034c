package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.FastCheckService;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Runs Liquibase: the static changelog of the core tables, then the changelog generated from the
 * catalog. Liquibase's lock table keeps several nodes that start at once from migrating twice.
 * On PostgreSQL and MariaDB a change waits at most {@link #LOCK_TIMEOUT_MS} ms for a table's lock and is
 * tried again a little later: a schema change queued behind a long transaction would otherwise hold up
 * every read and write of the table behind it (ADR 15).
 */
final class Migrations {

    static final String CORE_CHANGELOG = "db/changelog/atrium-core.yaml";
    /** How long a schema change waits for a table's lock on PostgreSQL before it is tried again. */
    static final int LOCK_TIMEOUT_MS = 300;
    /** The same on MariaDB, whose lock wait counts whole seconds. */
    static final int MARIADB_LOCK_WAIT_SECONDS = 1;
    private static final int ATTEMPTS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private final DataSource dataSource;
    private final boolean freshAsOneBatch;

    Migrations(DataSource dataSource) {
        this(dataSource, true);
    }

    /** @param freshAsOneBatch whether an empty PostgreSQL or H2 database is migrated as one batch ({@link FreshSchema}) */
    Migrations(DataSource dataSource, boolean freshAsOneBatch) {
        this.dataSource = dataSource;
        this.freshAsOneBatch = freshAsOneBatch;
    }

    /**
     * Brings the core tables to the core changelog and the entity tables to the plan, with the changelog
     * {@link EntityChangelog} makes for this database, in one Liquibase update: one lock, one read of the
     * changesets run. Each changeset keeps its file name, so the database records them as before.
     */
    void apply(SchemaPlan plan) {
        run(database -> {
            try {
                ResourceAccessor resources = Scope.getCurrentScope().getResourceAccessor();
                DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser(CORE_CHANGELOG, resources)
                        .parse(CORE_CHANGELOG, new ChangeLogParameters(database), resources);
                EntityChangelog.of(plan, database).getChangeSets().forEach(log::addChangeSet);
                return log;
            } catch (LiquibaseException e) {
                throw new IllegalStateException("cannot read the core changelog: " + e.getMessage(), e);
            }
        });
    }

    private void run(Function<Database, DatabaseChangeLog> changelog) {
        whileLockTimesOut(() -> runOnce(changelog));
    }

    /**
     * Runs {@code change} again, a little later each time, while it fails because a table's lock was not
     * granted within {@link #LOCK_TIMEOUT_MS} (up to {@link #ATTEMPTS} times); the change must roll back
     * whole when it fails so.
     */
    static void whileLockTimesOut(Runnable change) {
        for (int attempt = 1; ; attempt++) {
            try {
                change.run();
                return;
            } catch (IllegalStateException e) {
                if (attempt == ATTEMPTS || !lockTimedOut(e)) {
                    throw e;
                }
                pause(Math.min(1000, 50L * attempt));
            }
        }
    }

    /** PostgreSQL's lock_not_available, MariaDB's lock wait timeout. */
    private static boolean lockTimedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ("55P03".equals(sql.getSQLState()) || sql.getErrorCode() == 1205)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a table's lock", e);
        }
    }

    /**
     * Sets (or, with {@code limit} false, resets) the lock wait and, on PostgreSQL, the commit mode of a pooled
     * connection for the time of a migration.
     */
    private static void limitLockWaits(Connection connection, boolean limit) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        // PostgreSQL: a changeset's commit need not wait for its WAL to reach the disk; a crash loses at most the
        // last commits, whole and in order, and Liquibase runs again what it finds not recorded
        String sql = product.contains("postgres")
                ? (limit ? "SET lock_timeout = " + LOCK_TIMEOUT_MS + "; SET synchronous_commit = off"
                        : "RESET lock_timeout; RESET synchronous_commit")
                : product.contains("mariadb") || product.contains("mysql")
                        ? "SET SESSION lock_wait_timeout = " + (limit ? MARIADB_LOCK_WAIT_SECONDS : "DEFAULT") : null;
        if (sql != null) {
            connection.rollback();
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            connection.commit();
        }
    }

    private void runOnce(Function<Database, DatabaseChangeLog> changelog) {
        try (Connection connection = dataSource.getConnection()) {
            limitLockWaits(connection, true);
            try {
                migrate(connection, changelog);
            } finally {
                limitLockWaits(connection, false);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database to migrate it: " + e.getMessage(), e);
        }
    }

    /**
     * What Liquibase runs with here: the changelogs from Atrium's class path, its messages in Atrium's log, and
     * no usage data sent to Liquibase's servers (its open-source edition sends it by default since 4.30, asking
     * a remote endpoint first): a platform's migrations do not phone home on its operators' behalf.
     */
    static Map<String, Object> scope() {
        return Map.of(
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()),
                Scope.Attr.ui.name(), new LoggerUIService(),
                AnalyticsArgs.ENABLED.getKey(), false);
    }

    private void migrate(Connection connection, Function<Database, DatabaseChangeLog> changelog) {
        try {
            // Liquibase keeps, per database URL, the changesets it read as run and whether a changelog was up to
            // date; another node, or a deleted runtime field (SchemaRetirement), changes them behind its back
            ChangeLogHistoryServiceFactory.getInstance().resetAll();
            Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(scope(), () -> {
                DatabaseChangeLog log = changelog.apply(database);
                if (freshAsOneBatch) {
                    long started = System.nanoTime();
                    int written = FreshSchema.write(database, connection, log);
                    if (written > 0) {
                        LOG.info("Empty database: {} of {} changesets written in one batch in {} ms", written,
                                log.getChangeSets().size(), (System.nanoTime() - started) / 1_000_000);
                    }
                    if (written == log.getChangeSets().size()) {
                        return;
                    }
                }
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.SUMMARY)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_ARG, log)
                        .execute();
            });
        } catch (Exception e) {
            throw new IllegalStateException("database migration failed: " + e.getMessage(), e);
        }
    }
}
