package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariDataSource;

import dev.atrium.domain.metadata.Catalog;

/** A fresh database of one kind, migrated to a catalog, with the Hibernate repository over it. */
record MigratedDatabase(TestDatabase database, HikariDataSource dataSource, SessionFactories sessionFactories,
        HibernateUnitOfWork unitOfWork, HibernateRecordRepository repository) implements AutoCloseable {

    static MigratedDatabase open(DatabaseKind kind, Catalog catalog) throws SQLException {
        TestDatabase database = TestDatabase.create(kind);
        HikariDataSource dataSource = DataSources.pool(database.settings());
        SessionFactories sessionFactories = new SessionFactories(dataSource);
        new HibernateSchemaManager(new Migrations(dataSource), new SchemaState(dataSource, Clock.systemUTC()),
                sessionFactories).apply(catalog);
        HibernateUnitOfWork unitOfWork = new HibernateUnitOfWork(sessionFactories, database.settings().kind());
        return new MigratedDatabase(database, dataSource, sessionFactories, unitOfWork,
                new HibernateRecordRepository(unitOfWork));
    }

    /** Runs {@code work} in one unit of work that commits. */
    void write(Runnable work) {
        unitOfWork.inTransaction(() -> {
            work.run();
            return null;
        });
    }

    <T> T read(Supplier<T> work) {
        return unitOfWork.readOnly(work);
    }

    /** Answers one SQL query over plain JDBC, with identifiers quoted in this database's way by {@link #quote}. */
    <T> T query(String sql, SqlFunction<ResultSet, T> answer) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            return answer.apply(result);
        }
    }

    /** Runs one SQL statement over plain JDBC and commits it. */
    void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            connection.commit();
        }
    }

    /** The identifier in this database's quotes: {@code "name"}, or {@code `name`} on MariaDB. */
    String quote(String identifier) {
        String quote = database.settings().kind() == DatabaseKind.MARIADB ? "`" : "\"";
        return quote + identifier + quote;
    }

    /** A function over a JDBC object that may throw SQLException. */
    interface SqlFunction<S, T> {
        T apply(S source) throws SQLException;
    }

    @Override
    public void close() throws SQLException {
        sessionFactories.close();
        dataSource.close();
        database.close();
    }
}
