package dev.atrium.domain.query;

import java.util.Objects;

/** One key of a list's order. Null values sort before every other value, in both directions' start. */
public record Order(String attribute, boolean ascending) {

    public Order {
        Objects.requireNonNull(attribute, "attribute");
    }
}
