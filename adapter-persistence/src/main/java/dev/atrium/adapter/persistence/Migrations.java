package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.BiConsumer;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Runs Liquibase: the static changelog of the core tables, then the changelog generated from the
 * catalog. Liquibase's lock table keeps several nodes that start at once from migrating twice.
 */
final class Migrations {

    static final String CORE_CHANGELOG = "db/changelog/atrium-core.yaml";

    private final DataSource dataSource;

    Migrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void applyCore() {
        run((update, database) -> update.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CORE_CHANGELOG));
    }

    /** Brings the entity tables to the plan, with the changelog {@link EntityChangelog} makes for this database. */
    void apply(SchemaPlan plan) {
        run((update, database) -> update.addArgumentValue(UpdateCommandStep.CHANGELOG_ARG,
                EntityChangelog.of(plan, database)));
    }

    private void run(BiConsumer<CommandScope, Database> changelog) {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(
                    Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()),
                    Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> {
                CommandScope update = new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.SUMMARY)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG);
                changelog.accept(update, database);
                update.execute();
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database to migrate it: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("database migration failed: " + e.getMessage(), e);
        }
    }
}
