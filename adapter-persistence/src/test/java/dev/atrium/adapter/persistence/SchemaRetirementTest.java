package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;

/**
 * A deleted entity's table is put out of the way without stalling the table's traffic behind a lock it waits
 * for, and an attempt that failed midway is finished by the next one.
 */
@OnEachTestDatabase
class SchemaRetirementTest {

    private static final Catalog BEFORE = SpecificsCatalog.CATALOG;
    private static final Catalog AFTER = new Catalog(BEFORE.version() + 1,
            BEFORE.entities().stream().filter(entity -> !entity.name().equals("Order")).toList(), BEFORE.modules());

    @Parameter
    DatabaseKind kind;

    private MigratedDatabase db;
    private SchemaRetirement retirement;

    @BeforeEach
    void open() throws SQLException {
        db = MigratedDatabase.open(kind, BEFORE);
        retirement = new SchemaRetirement(db.dataSource(), Clock.systemUTC(), new SchemaGate(kind));
        EntityDefinition order = BEFORE.require("Order");
        db.write(() -> db.repository().insert(order, Rows.of(order, "o1", Map.of("group", "g"))));
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    /**
     * A transaction that keeps the table's lock for long holds the renaming up, not the statements that come
     * after it: the renaming gives up its place in the lock's queue within a moment and tries again later.
     */
    @Test
    void aRenamingThatWaitsForALockDoesNotHoldUpTheTablesReads() throws Exception {
        assumeTrue(kind != DatabaseKind.H2, "on H2 units of work and schema changes take turns at the schema gate");
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
            try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
                statement.executeQuery("SELECT COUNT(*) FROM " + db.quote("order")).close();
                holding.countDown();
                Thread.sleep(4000);
                connection.commit();
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> retired = CompletableFuture.runAsync(retirement.retire(BEFORE, AFTER, false).orElseThrow());
        Thread.sleep(300);

        long started = System.nanoTime();
        assertThat(db.query("SELECT COUNT(*) FROM " + db.quote("order"), this::count)).isEqualTo(1);
        long waitedMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(retired).as("the renaming waits for the holder").isNotDone();
        assertThat(waitedMs).as("a read behind the waiting renaming waited ms").isLessThan(2000);

        holder.get(10, TimeUnit.SECONDS);
        retired.get(30, TimeUnit.SECONDS);
        assertThat(tableExists("order")).isFalse();
    }

    /** On MariaDB each DDL statement commits by itself: the next attempt skips what an earlier one did. */
    @Test
    void anAttemptAfterOneThatFailedMidwayFinishesTheRetirement() throws Exception {
        assumeTrue(kind == DatabaseKind.MARIADB, "elsewhere the statements are one transaction");
        db.execute("DROP INDEX " + db.quote(uniqueIndex()) + " ON " + db.quote("order"));

        retirement.retire(BEFORE, AFTER, true).orElseThrow().run();

        assertThat(tableExists("order")).isFalse();
    }

    /**
     * A deletion committed and its renaming never ran (it failed, or the node stopped first): creating the same
     * entity again finds its table and changesets in place. They are put out of the way first, so the entity
     * starts empty and the old rows stay under another name.
     */
    @Test
    void whatAnEarlierDeletionLeftInPlaceIsPutAwayBeforeTheSameCodesAreCreatedAgain() throws Exception {
        retirement.clearLeftovers(AFTER, BEFORE);
        new Migrations(db.dataSource()).apply(SchemaPlan.of(BEFORE));

        assertThat(db.query("SELECT COUNT(*) FROM " + db.quote("order"), this::count)).as("the entity anew").isZero();
        String kept = renamedTable();
        String group = db.query("SELECT " + db.quote("group") + " FROM " + db.quote(kept), result -> {
            result.next();
            return result.getString(1);
        });
        assertThat(group).as("the old row, under another name").isEqualTo("g");
    }

    @Test
    void aChangeThatAddsWhatNoDeletionLeftRenamesNothing() throws Exception {
        retirement.retire(BEFORE, AFTER, true).orElseThrow().run();

        retirement.clearLeftovers(AFTER, BEFORE);
        retirement.clearLeftovers(BEFORE, BEFORE);

        assertThat(tableExists("order")).isFalse();
        assertThat(tableExists("order_d%")).isFalse();
    }

    private String renamedTable() throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                     "order_d%", null)) {
            assertThat(tables.next()).as("a table order_d...").isTrue();
            return tables.getString("TABLE_NAME");
        }
    }

    private String uniqueIndex() throws SQLException {
        return db.query("SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'order' AND NON_UNIQUE = 0 AND INDEX_NAME <> 'PRIMARY'", result -> {
                    assertThat(result.next()).as("Order's unique index").isTrue();
                    return result.getString(1);
                });
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                     table, null)) {
            return tables.next();
        }
    }

    private int count(ResultSet result) throws SQLException {
        result.next();
        return result.getInt(1);
    }
}
