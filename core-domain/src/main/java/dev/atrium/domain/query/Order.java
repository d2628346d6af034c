package dev.atrium.domain.query;

import java.util.Objects;

/**
 * One key of a list's order. Null values sort where the database sorts them, so that indexes serve
 * the order: before every value on H2 and MariaDB, after every value on PostgreSQL.
 */
public record Order(String attribute, boolean ascending) {

    public Order {
        Objects.requireNonNull(attribute, "attribute");
    }
}
