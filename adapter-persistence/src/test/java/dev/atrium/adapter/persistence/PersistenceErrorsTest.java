package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.atrium.application.port.out.DatabaseUnavailableException;
import dev.atrium.application.port.out.DuplicateKeyException;

/** Which database failures the core learns about, and as what. */
class PersistenceErrorsTest {

    @ParameterizedTest(name = "SQL state {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            08001 | connection refused
            08006 | an I/O error occurred while sending to the backend
            08S01 | server has gone away
            57P01 | terminating connection due to administrator command
            57P03 | the database system is starting up
            """)
    void aLostOrRefusedConnectionMeansTheDatabaseIsUnavailable(String state, String message) {
        RuntimeException failure = new GenericJDBCException("could not execute statement",
                new SQLException(message, state));

        assertThat(PersistenceErrors.translate(failure)).isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining(message).hasCause(failure);
    }

    @Test
    void aPoolTimeoutMeansTheDatabaseIsUnavailable() {
        RuntimeException failure = new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLTransientConnectionException("atrium - Connection is not available, request timed out"));

        assertThat(PersistenceErrors.translate(failure)).isInstanceOf(DatabaseUnavailableException.class);
    }

    @Test
    void theReasonIsTheDriversNotTheStatementWithItsValues() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 insert into brand values ('Secret Ltd') "
                + "was aborted", "57P01", new int[0]);
        batch.setNextException(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));

        assertThat(PersistenceErrors.translate(new GenericJDBCException("could not execute batch", batch)))
                .hasMessageContaining("terminating connection").hasMessageNotContaining("Secret Ltd");
    }

    @Test
    void aUniqueViolationIsADuplicateKey() {
        RuntimeException failure = new ConstraintViolationException("duplicate", new SQLException("dup", "23505"),
                ConstraintViolationException.ConstraintKind.UNIQUE, "uq_brand_code");

        assertThat(PersistenceErrors.translate(failure)).isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("uq_brand_code");
    }

    @Test
    void anyOtherFailureStaysAsItIs() {
        RuntimeException failure = new GenericJDBCException("bad SQL", new SQLException("syntax error", "42601"));

        assertThat(PersistenceErrors.translate(failure)).isSameAs(failure);
    }
}
