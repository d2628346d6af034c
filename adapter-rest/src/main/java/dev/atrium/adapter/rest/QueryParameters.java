package dev.atrium.adapter.rest;

import dev.atrium.domain.DomainException;

/** Parses query parameters here rather than through JAX-RS, which answers a bad number with 404. */
final class QueryParameters {

    private QueryParameters() {
    }

    static Integer nonNegative(String name, String value, Integer fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a negative number
        }
        throw DomainException.invalid("'" + name + "' must be a whole number of 0 or more.");
    }
}
