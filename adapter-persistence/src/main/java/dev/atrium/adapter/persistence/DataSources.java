package dev.atrium.adapter.persistence;

import java.util.Locale;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Builds the connection pool. */
final class DataSources {

    private DataSources() {
    }

    static HikariDataSource pool(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("atrium");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setAutoCommit(false);
        if (settings.kind() == DatabaseKind.MARIADB) {
            config.addDataSourceProperty("rewriteBatchedStatements", "true");
            // JSON_ARRAYAGG, which reads a record's to-many links, is cut at this length (1 MB by default)
            config.setConnectionInitSql("SET SESSION group_concat_max_len = 4294967295");
        }
        if (settings.kind() == DatabaseKind.POSTGRESQL) {
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        if (settings.kind() == DatabaseKind.H2 && !settings.url().toUpperCase(Locale.ROOT).contains("WRITE_DELAY")) {
            // H2's background writer otherwise stores its file every half second, also in the middle of a
            // transaction; after a SIGKILL part of such a transaction survives and its indexes disagree with
            // its tables (ADR 17). Written at commit, with writers taking turns (H2SerialWrites), a store holds
            // whole transactions, and no answered commit is lost.
            config.addDataSourceProperty("WRITE_DELAY", "0");
        }
        if (settings.kind() == DatabaseKind.H2 && !settings.url().toUpperCase(Locale.ROOT).contains("TRACE_LEVEL_FILE")) {
            // H2 writes every SQLException into atrium.trace.db beside the database, including the ones that
            // the start-up's checks for missing tables expect on a fresh database; Atrium logs real failures.
            config.addDataSourceProperty("TRACE_LEVEL_FILE", "0");
        }
        return new HikariDataSource(config);
    }
}
