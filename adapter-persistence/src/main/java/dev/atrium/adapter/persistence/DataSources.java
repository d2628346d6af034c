package dev.atrium.adapter.persistence;

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
        return new HikariDataSource(config);
    }
}
