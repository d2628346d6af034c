package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.atrium.application.port.out.ConcurrentWriteException;

/**
 * On H2 a connection that wrote keeps the write lock until its transaction ends, so a writer on another
 * thread cannot start meanwhile; reads never wait. The lock here waits not at all, so a writer that would
 * have to wait fails at once and the test needs no timing.
 */
class H2SerialWritesTest {

    private final TestDatabase database = create();
    private final H2SerialWrites dataSource = new H2SerialWrites(DataSources.pool(database.settings()), new H2WriteLock(0));

    @BeforeEach
    void table() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t(id INT PRIMARY KEY)");
            connection.commit();
        }
    }

    @AfterEach
    void close() throws SQLException {
        dataSource.close();
        database.close();
    }

    @Test
    void statementsThatMayWriteAreToldFromQueries() {
        assertThat(H2SerialWrites.writes(" select * from t")).isFalse();
        assertThat(H2SerialWrites.writes("(SELECT 1) UNION (SELECT 2)")).isFalse();
        assertThat(H2SerialWrites.writes("with x as (select 1) select * from x")).isFalse();
        assertThat(H2SerialWrites.writes("SELECT id FROM t WHERE id = 1 FOR UPDATE")).isTrue();
        assertThat(H2SerialWrites.writes("insert into t values (1)")).isTrue();
        assertThat(H2SerialWrites.writes("UPDATE t SET id = 2")).isTrue();
        assertThat(H2SerialWrites.writes("DELETE FROM t")).isTrue();
        assertThat(H2SerialWrites.writes("MERGE INTO t KEY (id) VALUES (1)")).isTrue();
        assertThat(H2SerialWrites.writes("CREATE INDEX i ON t(id)")).isTrue();
    }

    @Test
    void aWriterKeepsOthersOutUntilItCommitsAndReadersNeverWait() throws Exception {
        try (Connection writer = dataSource.getConnection()) {
            insert(writer, 1);

            assertThat(elsewhere(() -> count())).as("a read on another thread").isZero();
            assertThat(failureElsewhere(() -> insertAndCommit(2))).isInstanceOf(ConcurrentWriteException.class);
            try (Connection sameThread = dataSource.getConnection()) {
                insert(sameThread, 3);
                sameThread.commit();
            }

            writer.commit();
            elsewhere(() -> insertAndCommit(4));
        }
        assertThat(count()).isEqualTo(3);
    }

    @Test
    void rollbackAndCloseEndTheTurnAsCommitDoes() throws Exception {
        try (Connection writer = dataSource.getConnection()) {
            insert(writer, 1);
            writer.rollback();
            elsewhere(() -> insertAndCommit(2));
            insert(writer, 3);
        }
        elsewhere(() -> insertAndCommit(4));
        assertThat(count()).as("the closed connection's insert was rolled back").isEqualTo(2);
    }

    @Test
    void aLockingQueryTakesTheTurn() throws Exception {
        insertAndCommit(1);
        try (Connection locker = dataSource.getConnection(); Statement statement = locker.createStatement()) {
            statement.executeQuery("SELECT id FROM t WHERE id = 1 FOR UPDATE").close();
            assertThat(failureElsewhere(() -> insertAndCommit(2))).isInstanceOf(ConcurrentWriteException.class);
            locker.rollback();
        }
    }

    @Test
    void inAutocommitAWriteHoldsTheTurnOnlyWhileItRuns() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            insert(connection, 1);
            elsewhere(() -> insertAndCommit(2));
        }
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aStatementIsFoundAgainInTheHashMapsWhereHibernateKeepsIt() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(new HashSet<>(List.of(statement))).contains(statement);
            assertThat(new HashSet<>(List.of(connection))).contains(connection);
            assertThat(statement.getConnection()).isSameAs(connection);
        }
    }

    private void insert(Connection connection, int id) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO t VALUES (" + id + ")");
        }
    }

    private Void insertAndCommit(int id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, id);
            connection.commit();
        }
        return null;
    }

    private int count() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM t")) {
            result.next();
            int count = result.getInt(1);
            connection.commit();
            return count;
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs work on another thread, as another request would. */
    private static <T> T elsewhere(Work<T> work) throws Exception {
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return work.run();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private static Throwable failureElsewhere(Work<?> work) {
        try {
            elsewhere(work);
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    private static TestDatabase create() {
        try {
            return TestDatabase.create(DatabaseKind.H2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
