package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import dev.atrium.application.port.out.IdempotencyStore;
import dev.atrium.application.port.out.JobStore;

/**
 * The core tables several nodes share hold under concurrent use: a job is claimed by one node only,
 * a node whose job was taken over is told so, an idempotency key is claimed once, and the security
 * version moves only with the transaction that moved it.
 */
@OnEachTestDatabase
class SharedCoreTablesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);

    @Parameter
    DatabaseKind kind;

    private MigratedDatabase db;

    @BeforeEach
    void open() throws SQLException {
        db = MigratedDatabase.open(kind, SpecificsCatalog.CATALOG);
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void twoNodesClaimingAtOnceTakeEveryJobExactlyOnce() throws Exception {
        JdbcJobStore jobs = new JdbcJobStore(db.dataSource(), kind);
        for (int i = 0; i < 30; i++) {
            jobs.create(job("job-" + i));
        }
        ConcurrentHashMap<String, String> claimedBy = new ConcurrentHashMap<>();
        List<String> twice = new ArrayList<>();

        together(List.of("node-a", "node-b", "node-c").stream().<Callable<Void>>map(node -> () -> {
            for (Optional<JobStore.StoredJob> job = claim(jobs, node); job.isPresent(); job = claim(jobs, node)) {
                if (claimedBy.putIfAbsent(job.get().id(), node) != null) {
                    synchronized (twice) {
                        twice.add(job.get().id());
                    }
                }
            }
            return null;
        }).toList());

        assertThat(twice).isEmpty();
        assertThat(claimedBy).hasSize(30);
    }

    @Test
    void aNodeWhoseJobWasTakenOverAsStaleIsToldAtItsNextProgress() {
        JdbcJobStore jobs = new JdbcJobStore(db.dataSource(), kind);
        jobs.create(job("slow"));
        assertThat(jobs.claimNext("node-a", NOW, NOW.minusMinutes(5))).isPresent();

        assertThat(jobs.claimNext("node-b", NOW.plusMinutes(6), NOW.plusMinutes(1))).as("node-a went quiet")
                .map(JobStore.StoredJob::id).contains("slow");

        assertThat(jobs.progress("slow", "node-a", 10, 10, 0, NOW.plusMinutes(7))).isFalse();
        assertThat(jobs.finish("slow", "node-a", "Success", "[]", 10, 10, 0, NOW.plusMinutes(7))).isFalse();
        assertThat(jobs.progress("slow", "node-b", 20, 20, 0, NOW.plusMinutes(7))).isTrue();
        assertThat(jobs.finish("slow", "node-b", "Success", "[]", 20, 20, 0, NOW.plusMinutes(8))).isTrue();
        assertThat(jobs.find("slow").orElseThrow().processed()).isEqualTo(20);
    }

    @Test
    void anIdempotencyKeyClaimedAtOnceByManyIsWonByOne() throws Exception {
        JdbcIdempotencyStore keys = new JdbcIdempotencyStore(db.dataSource());

        List<Optional<IdempotencyStore.Entry>> claims = together(List.of(1, 2, 3, 4).stream()
                .<Callable<Optional<IdempotencyStore.Entry>>>map(n -> () -> keys.claim("u1", "import-1", "digest", NOW))
                .toList());

        assertThat(claims.stream().filter(Optional::isEmpty).count()).as("claims that won").isEqualTo(1);
    }

    @Test
    void theSecurityVersionMovesOnlyWithACommittedTransaction() {
        JdbcVersionCounters versions = new JdbcVersionCounters(db.unitOfWork(), db.dataSource());
        long before = versions.read("security");

        db.write(() -> versions.increment("security"));
        assertThatThrownBy(() -> db.write(() -> {
            versions.increment("security");
            throw new IllegalStateException("the write fails after the increment");
        })).hasMessageContaining("the write fails");

        assertThat(versions.read("security")).isEqualTo(before + 1);
        assertThatThrownBy(() -> db.write(() -> versions.increment("no-such-counter")))
                .hasMessageContaining("no-such-counter");
    }

    private static Optional<JobStore.StoredJob> claim(JdbcJobStore jobs, String node) {
        return jobs.claimNext(node, NOW, NOW.minusMinutes(5));
    }

    private static JobStore.StoredJob job(String id) {
        return new JobStore.StoredJob(id, "upsert", "Pending", "u1", "[]", null, 0, 0, 0, 0, NOW, null);
    }

    private static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
