package dev.atrium.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import dev.atrium.application.port.in.UpsertUseCase;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.application.testing.InMemoryRecordRepository;
import dev.atrium.application.testing.InMemoryUnitOfWork;
import dev.atrium.application.testing.MutableClock;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.security.Principal;

/** An upsert writes as many records per transaction as its unit of work asks for, and no more. */
class UpsertRoundsTest {

    private final Catalog catalog = FixtureModule.makersAndGadgets();
    private final InMemoryRecordRepository repository = new InMemoryRecordRepository();
    private final SmallTransactions unitOfWork = new SmallTransactions(new InMemoryUnitOfWork(repository), 3);
    private final MutableClock clock = MutableClock.at(Workshop.START);
    private final RecordServices services = new RecordServices(() -> catalog, repository, unitOfWork, clock,
            ListLimits.DEFAULT, new AccessControl(() -> catalog, repository, unitOfWork, clock), new PlainPasswords());

    @Test
    void roundsAreCutAtTheRecordsPerTransactionOfTheUnitOfWork() {
        List<UpsertUseCase.Item> items = new ArrayList<>();
        for (int n = 0; n < 7; n++) {
            items.add(new UpsertUseCase.Item("Maker", Map.of("name", "Maker " + n, "code", "m-" + n), null));
        }

        List<UpsertUseCase.Result> results = services.upserts().upsert(Principal.SYSTEM, items, false);

        assertThat(results).extracting(UpsertUseCase.Result::status).containsOnly(UpsertUseCase.Status.Created);
        assertThat(unitOfWork.largestRound).as("records written by one transaction").isEqualTo(3);
        assertThat(unitOfWork.rounds).as("7 items in rounds of at most 3").isEqualTo(3);
    }

    /** Asks for a few records per transaction, and counts the records each writing transaction created. */
    private final class SmallTransactions implements UnitOfWork {

        private final InMemoryUnitOfWork inner;
        private final int size;
        int rounds;
        int largestRound;

        SmallTransactions(InMemoryUnitOfWork inner, int size) {
            this.inner = inner;
            this.size = size;
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (inner.isActive()) {
                return work.get();
            }
            long before = makers();
            T result = inner.inTransaction(work);
            int written = (int) (makers() - before);
            if (written > 0) {
                rounds++;
                largestRound = Math.max(largestRound, written);
            }
            return result;
        }

        @Override
        public <T> T readOnly(Supplier<T> work) {
            return inner.readOnly(work);
        }

        @Override
        public int recordsPerTransaction() {
            return size;
        }

        private long makers() {
            return inner.readOnly(() -> repository.count(catalog.require("Maker"), Condition.TRUE));
        }
    }
}
