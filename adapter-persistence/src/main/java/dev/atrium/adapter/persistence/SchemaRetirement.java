package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.atrium.application.port.out.RetiredStorage;
import dev.atrium.domain.metadata.Catalog;

/**
 * Renames (or drops) the tables and columns of deleted runtime entities and fields, drops their indexes, and
 * forgets their changesets in Liquibase's log, so that creating the same code again creates them afresh.
 */
final class SchemaRetirement implements RetiredStorage {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaRetirement.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final SchemaGate gate;

    SchemaRetirement(DataSource dataSource, Clock clock, SchemaGate gate) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.gate = gate;
    }

    @Override
    public Optional<Runnable> retire(Catalog before, Catalog after, boolean permanently) {
        List<SchemaPlan.Step> next = SchemaPlan.of(after).steps();
        List<SchemaPlan.Step> gone = notIn(SchemaPlan.of(before).steps(), next);
        if (gone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(() -> putAway(gone, tables(next), permanently));
    }

    /**
     * The steps {@code after} adds whose changesets Liquibase's log still records are an earlier deletion's
     * storage, left in place: Liquibase would skip them and map the old column, data and all (or fail on a
     * changed type). They are renamed out of the way and forgotten first, so the migration creates them anew.
     */
    @Override
    public void clearLeftovers(Catalog before, Catalog after) {
        List<SchemaPlan.Step> had = SchemaPlan.of(before).steps();
        List<SchemaPlan.Step> added = notIn(SchemaPlan.of(after).steps(), had);
        if (added.isEmpty()) {
            return;
        }
        Set<String> recorded = recorded(added);
        List<SchemaPlan.Step> left = added.stream().filter(step -> recorded.contains(step.id())).toList();
        if (left.isEmpty()) {
            return;
        }
        LOG.warn("An earlier deletion left {} in place; renamed out of the way before the same codes are created again",
                left.stream().map(SchemaPlan.Step::id).toList());
        putAway(left, tables(had), false);
    }

    /**
     * Tried again while a table's lock is not granted within a moment: on PostgreSQL the renames are one
     * transaction; on MariaDB each is a statement of its own that a later attempt skips once done.
     *
     * @param keptTables the tables that stay, whose gone columns are renamed (the others are renamed whole)
     */
    private void putAway(List<SchemaPlan.Step> steps, Set<String> keptTables, boolean permanently) {
        Migrations.whileLockTimesOut(() -> gate.exclusive(() -> {
            run(steps, keptTables, permanently);
            return null;
        }));
    }

    private static List<SchemaPlan.Step> notIn(List<SchemaPlan.Step> steps, List<SchemaPlan.Step> others) {
        Set<String> ids = new LinkedHashSet<>();
        others.forEach(step -> ids.add(step.id()));
        return steps.stream().filter(step -> !ids.contains(step.id())).toList();
    }

    private static Set<String> tables(List<SchemaPlan.Step> steps) {
        Set<String> tables = new LinkedHashSet<>();
        steps.forEach(step -> tables.add(step.table()));
        return tables;
    }

    private Set<String> recorded(List<SchemaPlan.Step> steps) {
        String marks = String.join(", ", steps.stream().map(step -> "?").toList());
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT ID FROM DATABASECHANGELOG WHERE FILENAME = ? AND ID IN (" + marks + ")")) {
            query.setString(1, EntityChangelog.LOGICAL_PATH);
            for (int i = 0; i < steps.size(); i++) {
                query.setString(i + 2, steps.get(i).id());
            }
            Set<String> ids = new LinkedHashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            connection.commit();
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read which changesets ran: " + e.getMessage(), e);
        }
    }

    private void run(List<SchemaPlan.Step> gone, Set<String> keptTables, boolean permanently) {
        String suffix = "_d" + Long.toString(clock.millis() / 1000, 36);
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            boolean mariadb = product.contains("mariadb") || product.contains("mysql");
            boolean postgres = product.contains("postgres");
            // MariaDB commits each statement by itself: an attempt after one that failed midway skips what is done
            String ifExists = mariadb ? "IF EXISTS " : "";
            List<String> statements = new ArrayList<>();
            for (SchemaPlan.Step step : gone) {
                if (step instanceof SchemaPlan.CreateIndex index) {
                    statements.add(mariadb ? "ALTER TABLE " + ifExists + q(index.table()) + " DROP INDEX " + ifExists
                            + q(index.name()) : "DROP INDEX " + q(index.name()));
                }
            }
            for (SchemaPlan.Step step : gone) {
                if (step instanceof SchemaPlan.AddColumn add && keptTables.contains(add.table())) {
                    String column = add.column().name();
                    statements.add("ALTER TABLE " + ifExists + q(add.table()) + (permanently
                            ? " DROP COLUMN " + ifExists + q(column)
                            : " RENAME COLUMN " + ifExists + q(column) + " TO " + q(Columns.identifier(column + suffix))));
                }
            }
            for (SchemaPlan.Step step : gone) {
                if (step instanceof SchemaPlan.CreateTable table) {
                    if (permanently) {
                        statements.add("DROP TABLE " + ifExists + q(table.table()));
                    } else {
                        statements.add("ALTER TABLE " + ifExists + q(table.table()) + " RENAME TO "
                                + q(Columns.identifier(table.table() + suffix)));
                        if (!mariadb) {
                            String key = Columns.identifier("pk_" + table.table());
                            statements.add("ALTER TABLE " + q(Columns.identifier(table.table() + suffix))
                                    + " RENAME CONSTRAINT " + q(key) + " TO " + q(Columns.identifier(key + suffix)));
                        }
                    }
                }
            }
            if (postgres) {
                statements.add(0, "SET LOCAL lock_timeout = " + Migrations.LOCK_TIMEOUT_MS);
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    // MariaDB's DDL would wait a day for a table's lock, with the table's reads and writes queued
                    // behind it meanwhile
                    statement.execute(mariadb
                            ? "SET STATEMENT lock_wait_timeout = " + Migrations.MARIADB_LOCK_WAIT_SECONDS + " FOR " + sql
                            : sql.replace("`", "\""));
                }
            }
            try (PreparedStatement forget = connection.prepareStatement(
                    "DELETE FROM DATABASECHANGELOG WHERE ID = ? AND FILENAME = ?")) {
                for (SchemaPlan.Step step : gone) {
                    forget.setString(1, step.id());
                    forget.setString(2, EntityChangelog.LOGICAL_PATH);
                    forget.addBatch();
                }
                forget.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot put the deleted storage out of the way: " + e.getMessage(), e);
        }
    }

    private static String q(String identifier) {
        return "`" + identifier + "`";
    }
}
