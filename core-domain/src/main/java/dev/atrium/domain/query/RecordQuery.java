package dev.atrium.domain.query;

/**
 * What a list asks for: a page of live records in a stable order.
 *
 * @param sortBy the attribute to order by; ties are broken by id so pages never overlap
 */
public record RecordQuery(int offset, int maxSize, String sortBy, boolean ascending) {

    public RecordQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (maxSize < 0) {
            throw new IllegalArgumentException("maxSize must not be negative");
        }
    }
}
