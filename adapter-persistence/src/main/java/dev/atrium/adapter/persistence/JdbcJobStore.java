package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import dev.atrium.application.port.out.JobStore;

/**
 * Jobs in the core table {@code job}. A node claims a job by locking its row with {@code FOR UPDATE
 * SKIP LOCKED} where the database has it (PostgreSQL, MariaDB), so nodes never wait on each other,
 * and always by a conditional update, which only one node can win. Progress and the end are written
 * only by the node that holds the claim, so a node whose job was taken over as stale stops.
 */
final class JdbcJobStore implements JobStore {

    private static final String COLUMNS = "`id`, `type`, `status`, `created_by_id`, `payload`, `results`, `total`, "
            + "`processed`, `succeeded`, `failed`, `created_at`, `finished_at`";
    private static final String CLAIMABLE = "(`status` = 'Pending' OR `status` = 'Running' AND `heartbeat_at` < ?)";

    /** Claims a deadlock ended, tried again (SQLState class 40: transaction rollback). */
    private static final int CLAIM_ATTEMPTS = 5;

    private final DataSource dataSource;
    private final boolean skipLocked;

    JdbcJobStore(DataSource dataSource, DatabaseKind kind) {
        this.dataSource = dataSource;
        this.skipLocked = kind != DatabaseKind.H2;
    }

    @Override
    public void create(StoredJob job) {
        Sql.update(dataSource, "write a job",
                "INSERT INTO `job` (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", job.id(), job.type(),
                job.status(), job.createdById(), job.payload(), job.results(), job.total(), job.processed(),
                job.succeeded(), job.failed(), job.createdAt(), job.finishedAt());
    }

    /**
     * Claims the oldest claimable job. InnoDB can still end two nodes' claims at once in a deadlock (its
     * locks on the index it walks); the one it rolls back tries again, as its claim changed nothing.
     */
    @Override
    public Optional<StoredJob> claimNext(String nodeId, LocalDateTime now, LocalDateTime staleBefore) {
        for (int attempt = 1; ; attempt++) {
            try {
                return claimOnce(nodeId, now, staleBefore);
            } catch (SQLException e) {
                if (attempt == CLAIM_ATTEMPTS || e.getSQLState() == null || !e.getSQLState().startsWith("40")) {
                    throw new IllegalStateException("cannot claim a job: " + e.getMessage(), e);
                }
            }
        }
    }

    private Optional<StoredJob> claimOnce(String nodeId, LocalDateTime now, LocalDateTime staleBefore)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try {
                List<String> candidates = new ArrayList<>();
                String select = "SELECT `id` FROM `job` WHERE " + CLAIMABLE + " ORDER BY `created_at`, `id`"
                        + (skipLocked ? " LIMIT 5 FOR UPDATE SKIP LOCKED" : " LIMIT 5");
                try (PreparedStatement statement = connection.prepareStatement(Sql.quoted(connection, select))) {
                    statement.setObject(1, staleBefore);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            candidates.add(rows.getString(1));
                        }
                    }
                }
                for (String id : candidates) {
                    if (claim(connection, id, nodeId, now, staleBefore)) {
                        connection.commit();
                        return find(id);
                    }
                }
                connection.commit();
                return Optional.empty();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static boolean claim(Connection connection, String id, String nodeId, LocalDateTime now,
            LocalDateTime staleBefore) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(Sql.quoted(connection, "UPDATE `job` SET "
                + "`status` = 'Running', `node_id` = ?, `heartbeat_at` = ? WHERE `id` = ? AND " + CLAIMABLE))) {
            update.setString(1, nodeId);
            update.setObject(2, now);
            update.setString(3, id);
            update.setObject(4, staleBefore);
            return update.executeUpdate() == 1;
        }
    }

    /** Only the node that holds the claim writes: a node that went quiet and lost its job to another learns so here. */
    @Override
    public boolean progress(String id, String nodeId, int processed, int succeeded, int failed, LocalDateTime now) {
        return Sql.update(dataSource, "write a job", "UPDATE `job` SET `processed` = ?, `succeeded` = ?, `failed` = ?, "
                + "`heartbeat_at` = ? WHERE `id` = ? AND `node_id` = ? AND `status` = 'Running'", processed, succeeded,
                failed, now, id, nodeId) == 1;
    }

    @Override
    public boolean finish(String id, String nodeId, String status, String results, int processed, int succeeded,
            int failed, LocalDateTime now) {
        return Sql.update(dataSource, "write a job",
                "UPDATE `job` SET `status` = ?, `results` = ?, `processed` = ?, `succeeded` = ?, `failed` = ?, "
                + "`finished_at` = ?, `heartbeat_at` = ?, `payload` = NULL WHERE `id` = ? AND `node_id` = ? "
                + "AND `status` = 'Running'", status, results, processed, succeeded, failed, now, now, id, nodeId) == 1;
    }

    @Override
    public Optional<StoredJob> find(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(Sql.quoted(connection,
                     "SELECT " + COLUMNS + " FROM `job` WHERE `id` = ?"))) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                Optional<StoredJob> job = row.next() ? Optional.of(new StoredJob(row.getString(1), row.getString(2),
                        row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getInt(7),
                        row.getInt(8), row.getInt(9), row.getInt(10), row.getObject(11, LocalDateTime.class),
                        row.getObject(12, LocalDateTime.class))) : Optional.empty();
                connection.commit();
                return job;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a job: " + e.getMessage(), e);
        }
    }
}
