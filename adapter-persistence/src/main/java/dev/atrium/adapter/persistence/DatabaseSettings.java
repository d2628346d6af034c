package dev.atrium.adapter.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the database. The password is kept out of {@link #toString()}.
 *
 * @param connectionTimeout how long a request waits for a pooled connection before failing
 */
public record DatabaseSettings(String url, String user, String password, int maxPoolSize, Duration connectionTimeout) {

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        if (maxPoolSize < 2) {
            throw new IllegalArgumentException("the connection pool needs at least 2 connections (migrations and "
                    + "mappings are prepared side by side at start-up), not " + maxPoolSize);
        }
    }

    public DatabaseKind kind() {
        return DatabaseKind.of(url);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
