package dev.atrium.application.testing;

import dev.atrium.domain.metadata.Catalog;

/** The fake keeps the same contract as the real repositories, so tests built on it mean something. */
class InMemoryRecordRepositoryContractTest extends RecordRepositoryContract {

    @Override
    protected Store openEmptyStore(Catalog catalog) {
        InMemoryRecordRepository repository = new InMemoryRecordRepository();
        return new Store(repository, new InMemoryUnitOfWork(repository), () -> { });
    }
}
