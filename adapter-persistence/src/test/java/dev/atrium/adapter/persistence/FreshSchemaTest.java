package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import com.zaxxer.hikari.HikariDataSource;

import dev.atrium.application.testing.ContractCatalog;

/**
 * The first migration of an empty database gives the same tables, columns (in the same order), indexes and
 * changelog records whether it runs changeset by changeset (Liquibase) or, on PostgreSQL and H2, as one batch
 * (FreshSchema);
 * the records are those Liquibase checks at the next migration; and on PostgreSQL a first migration that
 * fails part way leaves the database as it was.
 */
@OnEachTestDatabase
class FreshSchemaTest {

    @Parameter
    DatabaseKind kind;

    @Test
    void anEmptyDatabaseGetsTheSameSchemaAndRecordsAsChangesetByChangeset() throws Exception {
        SchemaPlan plan = SchemaPlan.of(ContractCatalog.build());
        try (TestDatabase oneTransaction = TestDatabase.create(kind); TestDatabase byChangeset = TestDatabase.create(kind);
             HikariDataSource fast = DataSources.pool(oneTransaction.settings());
             HikariDataSource slow = DataSources.pool(byChangeset.settings())) {
            new Migrations(fast, true).apply(plan);
            new Migrations(slow, false).apply(plan);

            List<String> schema = describe(slow);
            assertThat(schema).as("the schema changeset by changeset").hasSizeGreaterThan(100);
            assertThat(describe(fast)).isEqualTo(schema);
            assertThat(records(fast)).isEqualTo(records(slow)).hasSizeGreaterThan(30);
            if (kind != DatabaseKind.MARIADB) {
                assertThat(times(fast)).as("one batch: every record has its transaction's time").isOne();
                assertThat(times(slow)).isGreaterThan(1);
            }

            // the next migration reads the records, checks their checksums and finds nothing to run
            new Migrations(fast, true).apply(plan);
            assertThat(records(fast)).isEqualTo(records(slow));
        }
    }

    @Test
    void onPostgresqlAFirstMigrationThatFailsPartWayLeavesTheDatabaseAsItWas() throws Exception {
        if (kind != DatabaseKind.POSTGRESQL) {
            return; // elsewhere DDL commits itself, and Liquibase runs changeset by changeset as before
        }
        SchemaPlan plan = SchemaPlan.of(ContractCatalog.build());
        try (TestDatabase database = TestDatabase.create(kind);
             HikariDataSource dataSource = DataSources.pool(database.settings())) {
            String last = plan.steps().stream().filter(SchemaPlan.CreateTable.class::isInstance)
                    .map(SchemaPlan.Step::id).reduce((first, second) -> second).orElseThrow();
            String table = ((SchemaPlan.CreateTable) plan.steps().stream().filter(step -> step.id().equals(last))
                    .findFirst().orElseThrow()).table();
            execute(dataSource, "CREATE TABLE \"" + table + "\" (stray INTEGER)");

            assertThatThrownBy(() -> new Migrations(dataSource, true).apply(plan))
                    .hasMessageContaining("database migration failed");

            assertThat(tables(dataSource)).containsExactlyInAnyOrder(table, "databasechangelog", "databasechangeloglock");
            assertThat(records(dataSource)).isEmpty();
        }
    }

    /** Every column (type, size, nullability, default), primary key and index of the database's tables. */
    private static List<String> describe(HikariDataSource dataSource) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            for (String table : tables(dataSource)) {
                try (ResultSet columns = meta.getColumns(catalog, schema, table, null)) {
                    while (columns.next()) {
                        lines.add(table + " column " + columns.getInt("ORDINAL_POSITION") + " " + columns.getString("COLUMN_NAME")
                                + " " + columns.getString("TYPE_NAME")
                                + "(" + columns.getInt("COLUMN_SIZE") + ") nullable=" + columns.getString("IS_NULLABLE")
                                + " default=" + columns.getString("COLUMN_DEF"));
                    }
                }
                try (ResultSet keys = meta.getPrimaryKeys(catalog, schema, table)) {
                    while (keys.next()) {
                        lines.add(table + " key " + keys.getString("PK_NAME") + " " + keys.getString("COLUMN_NAME"));
                    }
                }
                try (ResultSet indexes = meta.getIndexInfo(catalog, schema, table, false, false)) {
                    while (indexes.next()) {
                        // H2 names the index behind a primary key itself, by a counter of the objects it created
                        String index = indexes.getString("INDEX_NAME").replaceFirst("^PRIMARY_KEY_\\w+$", "PRIMARY_KEY_*");
                        lines.add(table + " index " + index + " unique="
                                + !indexes.getBoolean("NON_UNIQUE") + " " + indexes.getShort("ORDINAL_POSITION") + ":"
                                + indexes.getString("COLUMN_NAME"));
                    }
                }
            }
        }
        lines.sort(null);
        return lines;
    }

    private static List<String> tables(HikariDataSource dataSource) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet result = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), null,
                     new String[] {"TABLE"})) {
            while (result.next()) {
                tables.add(result.getString("TABLE_NAME"));
            }
        }
        tables.sort(null);
        return tables;
    }

    /** The changelog's records in the order they ran, without the time and deployment they ran in. */
    private static List<String> records(HikariDataSource dataSource) throws SQLException {
        List<String> records = new ArrayList<>();
        String table = tables(dataSource).stream().filter(name -> name.equalsIgnoreCase("databasechangelog"))
                .findFirst().orElse("DATABASECHANGELOG");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT ID, AUTHOR, FILENAME, MD5SUM, DESCRIPTION, COMMENTS, "
                     + "EXECTYPE, CONTEXTS, LABELS, ORDEREXECUTED FROM " + table + " ORDER BY ORDEREXECUTED")) {
            while (result.next()) {
                records.add(String.join(" | ", result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4), result.getString(5), result.getString(6), result.getString(7),
                        result.getString(8), result.getString(9), result.getString(10)).toLowerCase(Locale.ROOT));
            }
        }
        return records;
    }

    /** How many distinct times the changelog's records were made at. */
    private static int times(HikariDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(DISTINCT dateexecuted) FROM databasechangelog")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static void execute(HikariDataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            connection.commit();
        }
    }
}
