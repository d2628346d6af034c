package dev.atrium.application.port.in;

import java.util.List;
import java.util.Objects;

import dev.atrium.domain.DomainException;
import dev.atrium.domain.security.Principal;

/**
 * A list request as AtroCore clients send it, still untyped; the service checks it against the entity.
 *
 * @param where the conditions in AtroCore's shape (maps with type, attribute, value), all of which must hold
 * @param textFilter text to find (ignoring case) in the entity's varchar fields, or null
 * @param select attributes to return (id always comes back), or null for all
 * @param sortBy attribute names, each optionally suffixed {@code :asc} or {@code :desc}; null orders by id, as AtroCore does
 * @param ascending direction of keys without a suffix; null is ascending
 * @param maxSize page size; null takes the default
 * @param cursor the {@code next} token of the previous page, for keyset paging; null to page by offset
 * @param count whether to count all matches ({@code total}); the count is skipped otherwise
 * @param list whether to return records; false answers the total only
 */
public record ListRecordsQuery(Principal caller, String entity, List<?> where, String textFilter, List<String> select,
        List<String> sortBy, Boolean ascending, int offset, Integer maxSize, String cursor, boolean count, boolean list) {

    public ListRecordsQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(entity, "entity");
        where = where == null ? List.of() : where;
        if (offset < 0) {
            throw DomainException.invalid("'offset' must not be negative.");
        }
        if (maxSize != null && maxSize < 0) {
            throw DomainException.invalid("'maxSize' must not be negative.");
        }
        if (cursor != null && offset > 0) {
            throw DomainException.invalid("'cursor' and 'offset' cannot be combined: the cursor already says where to go on.");
        }
    }

    /** The same request about another entity (the far side of a relationship route). */
    public ListRecordsQuery about(String otherEntity) {
        return new ListRecordsQuery(caller, otherEntity, where, textFilter, select, sortBy, ascending, offset, maxSize,
                cursor, count, list);
    }

    /** A plain page in id order, as most callers want it. */
    public static ListRecordsQuery page(Principal caller, String entity, int offset, Integer maxSize) {
        return new ListRecordsQuery(caller, entity, List.of(), null, null, null, null, offset, maxSize, null, true, true);
    }
}
