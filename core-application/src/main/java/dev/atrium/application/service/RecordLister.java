package dev.atrium.application.service;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.atrium.application.port.in.ListRecordsQuery;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.ReadShape;
import dev.atrium.domain.query.RecordPage;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.EntityAccess;

/**
 * Lists records: checks the request against the entity and the caller's access (records beyond
 * their read level are excluded by the query itself), asks the repository for one page (one row
 * more than the page, to know whether a {@code next} token is due) and, if asked, for the count.
 */
final class RecordLister {

    private final RecordServices shared;
    private final TotalCache totals;

    RecordLister(RecordServices shared) {
        this.shared = shared;
        this.totals = new TotalCache(shared.clock);
        shared.onWritten((entity, ids) -> totals.forget());
    }

    RecordPage list(ListRecordsQuery query) {
        return list(query, Condition.TRUE);
    }

    /** @param scope a condition every listed record must also meet (the link of a relationship route) */
    RecordPage list(ListRecordsQuery query, Condition scope) {
        Catalog catalog = shared.catalogs.currentCatalog();
        EntityDefinition entity = catalog.require(query.entity());
        EntityAccess access = shared.access.of(query.caller(), entity);
        Condition readable = shared.access.scope(query.caller(), entity, access.read(), "read");
        int maxSize = query.maxSize() == null ? shared.limits.defaultMaxSize() : query.maxSize();
        if (maxSize > shared.limits.maxMaxSize()) {
            throw DomainException.invalid("'maxSize' must not exceed " + shared.limits.maxMaxSize() + ".");
        }
        Condition filter = where(catalog, entity, access, query);
        List<Order> order = ListOrder.of(entity, query.sortBy(), query.ascending(), filter);
        shared.access.requireFilterable(access, entity, filter, order);
        Condition where = combine(List.of(scope, readable, filter));
        Selection selection = Selection.of(entity, query.select());
        String filterDigest = Cursors.digest(query.where() + "|" + query.textFilter() + "|" + scope);
        List<Object> after = query.cursor() == null ? null : Cursors.decode(query.cursor(), entity, order, filterDigest);
        RecordQuery page = new RecordQuery(where, order, query.offset(), maxSize + 1, after, true);
        return shared.unitOfWork.readOnly(() -> {
            ReadShape shape = shared.linkNames.shape(query.caller(), entity, selection.toManyLinks());
            List<Record> rows = query.list() && maxSize > 0 ? shared.repository.list(entity, page, shape) : List.of();
            Long total = query.count() ? totals.total(entity.name(), catalog.version(), where,
                    () -> shared.repository.count(entity, where)) : null;
            String next = rows.size() > maxSize ? Cursors.encode(order, filterDigest, rows.get(maxSize - 1)) : null;
            List<Record> shown = rows.size() > maxSize ? rows.subList(0, maxSize) : rows;
            return new RecordPage(total, selection.apply(shared.access.readable(access, entity, shown)), next);
        });
    }

    private Condition where(Catalog catalog, EntityDefinition entity, EntityAccess access, ListRecordsQuery query) {
        LocalDateTime now = LocalDateTime.ofInstant(shared.clock.instant(), ZoneOffset.UTC);
        Condition where = shared.where.read(query.caller(), catalog, entity, query.where(), now);
        if (query.textFilter() == null || query.textFilter().isBlank()) {
            return where;
        }
        String pattern = "%" + Condition.Like.literal(query.textFilter().trim()) + "%";
        List<Condition> anyField = new ArrayList<>();
        for (FieldDefinition field : entity.storedFields()) {
            if (field.type() == FieldType.VARCHAR && !field.system() && access.canRead(field.name())) {
                anyField.add(new Condition.Like(field.attribute(), pattern));
            }
        }
        return new Condition.All(List.of(where, new Condition.Any(anyField)));
    }

    /** The parts that restrict anything, joined; a list order built from them sees pinned attributes. */
    private static Condition combine(List<Condition> parts) {
        List<Condition> restricting = parts.stream().filter(part -> !Condition.TRUE.equals(part)).toList();
        return restricting.isEmpty() ? Condition.TRUE : restricting.size() == 1 ? restricting.get(0)
                : new Condition.All(restricting);
    }
}
