package dev.atrium.adapter.persistence;

import java.time.Clock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.atrium.application.port.out.DataMigrationLog;
import dev.atrium.application.port.out.DatabaseProbe;
import dev.atrium.application.port.out.IdempotencyStore;
import dev.atrium.application.port.out.JobStore;
import dev.atrium.application.port.out.LoginLog;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.application.port.out.RetiredStorage;
import dev.atrium.application.port.out.RuntimeModelStore;
import dev.atrium.application.port.out.SchemaManager;
import dev.atrium.application.port.out.VersionCounters;

/** The persistence adapter's beans; needs {@link DatabaseSettings} and a {@link Clock} from the composition root. */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    /**
     * The connection pool, on H2 with writers taking turns ({@link H2SerialWrites}); typed as a plain
     * DataSource so that a test may wrap it (to count statements).
     */
    @Bean(destroyMethod = "close")
    DataSource atriumDataSource(DatabaseSettings settings) {
        HikariDataSource pool = DataSources.pool(settings);
        return settings.kind() == DatabaseKind.H2 ? new H2SerialWrites(pool, H2WriteLock.JVM) : pool;
    }

    @Bean(destroyMethod = "close")
    SessionFactories sessionFactories(DataSource dataSource) {
        return new SessionFactories(dataSource);
    }

    /** Keeps schema changes and other work apart where the database needs it (H2). */
    @Bean
    SchemaGate schemaGate(DatabaseSettings settings) {
        return new SchemaGate(settings.kind());
    }

    @Bean
    SchemaManager schemaManager(DataSource dataSource, SessionFactories sessionFactories, Clock clock, SchemaGate gate) {
        return new HibernateSchemaManager(new Migrations(dataSource), new SchemaState(dataSource, clock), sessionFactories,
                gate);
    }

    @Bean
    HibernateUnitOfWork unitOfWork(SessionFactories sessionFactories, DatabaseSettings settings, SchemaGate gate) {
        return new HibernateUnitOfWork(sessionFactories, settings.kind(), gate);
    }

    @Bean
    RecordRepository recordRepository(HibernateUnitOfWork unitOfWork) {
        return new HibernateRecordRepository(unitOfWork);
    }

    @Bean
    LoginLog loginLog(DataSource dataSource) {
        return new JdbcLoginLog(dataSource);
    }

    @Bean
    JobStore jobStore(DataSource dataSource, DatabaseSettings settings) {
        return new JdbcJobStore(dataSource, settings.kind());
    }

    @Bean
    IdempotencyStore idempotencyStore(DataSource dataSource) {
        return new JdbcIdempotencyStore(dataSource);
    }

    @Bean
    VersionCounters versionCounters(HibernateUnitOfWork unitOfWork, DataSource dataSource) {
        return new JdbcVersionCounters(unitOfWork, dataSource);
    }

    @Bean
    RuntimeModelStore runtimeModelStore(DataSource dataSource) {
        return new JdbcRuntimeModelStore(dataSource);
    }

    @Bean
    RetiredStorage retiredStorage(DataSource dataSource, Clock clock, SchemaGate gate) {
        return new SchemaRetirement(dataSource, clock, gate);
    }

    @Bean
    DataMigrationLog dataMigrationLog(DataSource dataSource) {
        return new JdbcDataMigrationLog(dataSource);
    }

    @Bean
    DatabaseProbe databaseProbe(DataSource dataSource, DatabaseSettings settings) {
        return new JdbcDatabaseProbe(dataSource, settings);
    }
}
