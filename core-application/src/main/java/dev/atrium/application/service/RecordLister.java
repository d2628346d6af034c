package dev.atrium.application.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.in.ListRecordsQuery;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.RecordPage;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.query.WhereParser;
import dev.atrium.domain.record.Record;

/**
 * Lists records: checks the request against the entity, asks the repository for one page (one row
 * more than the page, to know whether a {@code next} token is due) and, if asked, for the count.
 */
final class RecordLister {

    private final GetCatalogUseCase catalogs;
    private final RecordRepository repository;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final ListLimits limits;
    private final RecordReferences references;
    private final ToManyLinks toMany;

    RecordLister(GetCatalogUseCase catalogs, RecordRepository repository, UnitOfWork unitOfWork, Clock clock,
            ListLimits limits, RecordReferences references, ToManyLinks toMany) {
        this.catalogs = catalogs;
        this.repository = repository;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.limits = limits;
        this.references = references;
        this.toMany = toMany;
    }

    RecordPage list(ListRecordsQuery query) {
        return list(query, Condition.TRUE);
    }

    /** @param scope a condition every listed record must also meet (the link of a relationship route) */
    RecordPage list(ListRecordsQuery query, Condition scope) {
        Catalog catalog = catalogs.currentCatalog();
        EntityDefinition entity = catalog.require(query.entity());
        int maxSize = query.maxSize() == null ? limits.defaultMaxSize() : query.maxSize();
        if (maxSize > limits.maxMaxSize()) {
            throw DomainException.invalid("'maxSize' must not exceed " + limits.maxMaxSize() + ".");
        }
        Condition where = Condition.TRUE.equals(scope) ? where(catalog, entity, query)
                : new Condition.All(List.of(scope, where(catalog, entity, query)));
        List<Order> order = ListOrder.of(entity, query.sortBy(), query.ascending(), where);
        Selection selection = Selection.of(entity, query.select());
        String filterDigest = Cursors.digest(query.where() + "|" + query.textFilter() + "|" + scope);
        List<Object> after = query.cursor() == null ? null : Cursors.decode(query.cursor(), entity, order, filterDigest);
        RecordQuery page = new RecordQuery(where, order, query.offset(), maxSize + 1, after);
        return unitOfWork.readOnly(() -> {
            List<Record> rows = query.list() && maxSize > 0 ? repository.list(entity, page) : List.of();
            Long total = query.count() ? repository.count(entity, where) : null;
            String next = rows.size() > maxSize ? Cursors.encode(order, filterDigest, rows.get(maxSize - 1)) : null;
            List<Record> shown = rows.size() > maxSize ? rows.subList(0, maxSize) : rows;
            List<Record> named = toMany.withLinked(entity, references.withNames(entity, shown), selection.toManyLinks());
            return new RecordPage(total, selection.apply(named), next);
        });
    }

    private Condition where(Catalog catalog, EntityDefinition entity, ListRecordsQuery query) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Condition where = WhereParser.parse(catalog, entity, query.where(), now);
        if (query.textFilter() == null || query.textFilter().isBlank()) {
            return where;
        }
        String pattern = "%" + Condition.Like.literal(query.textFilter().trim()) + "%";
        List<Condition> anyField = new ArrayList<>();
        for (FieldDefinition field : entity.storedFields()) {
            if (field.type() == FieldType.VARCHAR && !field.system()) {
                anyField.add(new Condition.Like(field.attribute(), pattern));
            }
        }
        return new Condition.All(List.of(where, new Condition.Any(anyField)));
    }
}
