package dev.atrium.application.service;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.application.spi.WhereItemContext;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.WhereItem;
import dev.atrium.domain.query.WhereParser;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.EntityAccess;
import dev.atrium.domain.security.Principal;

/**
 * Reads a request's {@code where} into the condition a list or mass action runs on: flagged items by
 * the modules' rewriters, and every related-record condition within the caller's access to those records.
 */
final class WhereReader {

    private final WhereRewriters rewriters;
    private final RecordRepository repository;
    private final UnitOfWork unitOfWork;
    private final RecordAccess access;

    WhereReader(WhereRewriters rewriters, RecordRepository repository, UnitOfWork unitOfWork, RecordAccess access) {
        this.rewriters = rewriters;
        this.repository = repository;
        this.unitOfWork = unitOfWork;
        this.access = access;
    }

    /** @param now what date conditions are resolved against (UTC) */
    Condition read(Principal caller, Catalog catalog, EntityDefinition entity, List<?> where, LocalDateTime now) {
        WhereItemContext context = new Context(catalog, now);
        Map<String, Function<WhereItem, Condition>> flagged = new HashMap<>();
        rewriters.of(entity.name()).forEach((flag, rewriter) -> flagged.put(flag, item -> rewriter.rewrite(item, context)));
        EntityAccess entityAccess = access.of(caller, entity);
        Consumer<String> readable = field -> {
            if (!entityAccess.canRead(field)) {
                throw new DomainException(DomainException.Kind.FORBIDDEN, "No access to filter or sort "
                        + entity.name() + " by '" + field + "'.");
            }
        };
        return access.withinRelatedAccess(caller, WhereParser.parse(catalog, entity, where, now, flagged, readable,
                name -> BoolFilters.of(entity, caller, name)));
    }

    /** What rewriters read with while one request's where is read. */
    private final class Context implements WhereItemContext {
        private final Catalog catalog;
        private final LocalDateTime now;

        Context(Catalog catalog, LocalDateTime now) {
            this.catalog = catalog;
            this.now = now;
        }

        @Override
        public Catalog catalog() {
            return catalog;
        }

        @Override
        public Optional<Record> find(String entity, String id) {
            EntityDefinition definition = catalog.require(entity);
            return unitOfWork.readOnly(() -> repository.findById(definition, id, false));
        }

        @Override
        public Condition condition(String entity, String attribute, WhereItem item) {
            return WhereParser.parseAs(catalog, catalog.require(entity), attribute, item, now);
        }
    }
}
