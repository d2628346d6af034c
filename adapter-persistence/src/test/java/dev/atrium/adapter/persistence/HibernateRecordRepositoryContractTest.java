package dev.atrium.adapter.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Nested;

import dev.atrium.application.testing.RecordRepositoryContract;
import dev.atrium.domain.metadata.Catalog;

/** The record repository contract on each database listed in {@code ATRIUM_TEST_DATABASES}. */
class HibernateRecordRepositoryContractTest {

    /** Opens an empty database of one kind, migrated to the contract catalog. */
    abstract static class OnDatabase extends RecordRepositoryContract {

        abstract DatabaseKind kind();

        @Override
        protected Store openEmptyStore(Catalog catalog) throws Exception {
            assumeTrue(TestDatabase.enabled(kind()), kind() + " is not in ATRIUM_TEST_DATABASES");
            MigratedDatabase database = MigratedDatabase.open(kind(), catalog);
            return new Store(database.repository(), database.unitOfWork(), database);
        }
    }

    @Nested
    class OnH2 extends OnDatabase {
        @Override
        DatabaseKind kind() {
            return DatabaseKind.H2;
        }
    }

    @Nested
    class OnPostgresql extends OnDatabase {
        @Override
        DatabaseKind kind() {
            return DatabaseKind.POSTGRESQL;
        }
    }

    @Nested
    class OnMariadb extends OnDatabase {
        @Override
        DatabaseKind kind() {
            return DatabaseKind.MARIADB;
        }
    }
}
