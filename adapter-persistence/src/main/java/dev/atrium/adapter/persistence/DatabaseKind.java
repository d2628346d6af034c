package dev.atrium.adapter.persistence;

import java.util.Locale;

/** The databases Atrium runs on, told apart by JDBC URL. */
public enum DatabaseKind {
    H2, POSTGRESQL, MARIADB;

    static DatabaseKind of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return MARIADB;
        }
        throw new IllegalArgumentException("unsupported database URL (use jdbc:h2:, jdbc:postgresql:, jdbc:mariadb: or jdbc:mysql:): "
                + jdbcUrl.replaceAll("password=[^&;]*", "password=***"));
    }
}
