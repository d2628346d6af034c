package dev.atrium.application.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.in.MassActionsUseCase;
import dev.atrium.application.port.in.MassSelection;
import dev.atrium.application.port.in.MassUpdateCommand;
import dev.atrium.application.port.out.DuplicateKeyException;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.query.WhereParser;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.RecordIds;
import dev.atrium.domain.record.RecordInput;
import dev.atrium.domain.record.ValidationException;

/**
 * Mass update and mass delete, set-based: one statement per change (deletes work in chunks of
 * {@value #CHUNK} ids, so the links of each chunk can be hidden too), all in one transaction, with
 * the validation a single update gets.
 */
public final class MassActionService implements MassActionsUseCase {

    static final int CHUNK = 1000;

    private final GetCatalogUseCase catalogs;
    private final RecordRepository repository;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final RecordReferences references;
    private final ToManyLinks toMany;

    public MassActionService(GetCatalogUseCase catalogs, RecordRepository repository, UnitOfWork unitOfWork, Clock clock) {
        this.catalogs = catalogs;
        this.repository = repository;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.references = new RecordReferences(catalogs, repository);
        this.toMany = new ToManyLinks(catalogs, repository, new RecordIds(clock));
    }

    @Override
    public int massUpdate(MassUpdateCommand command) {
        Catalog catalog = catalogs.currentCatalog();
        EntityDefinition entity = catalog.require(command.selection().entity());
        if (!ToManyInput.of(entity, command.attributes()).links().isEmpty()) {
            throw ValidationException.of("attributes", "unsupported", "A mass update cannot change to-many links; "
                    + "use the relationship routes.");
        }
        Map<String, Object> changes = new LinkedHashMap<>(RecordInput.forUpdate(entity, command.attributes()));
        List<Condition> scopes = scopes(catalog, entity, command.selection());
        return unitOfWork.inTransaction(() -> {
            references.check(entity, changes);
            changes.put(SystemFields.MODIFIED_AT, now());
            try {
                int updated = 0;
                for (Condition scope : scopes) {
                    updated += repository.updateAll(entity, scope, changes);
                }
                return updated;
            } catch (DuplicateKeyException e) {
                throw ValidationException.of(null, "notUnique", "The update would give several " + entity.name()
                        + " records the same unique value.");
            }
        });
    }

    @Override
    public int massDelete(MassSelection selection) {
        Catalog catalog = catalogs.currentCatalog();
        EntityDefinition entity = catalog.require(selection.entity());
        List<Condition> scopes = scopes(catalog, entity, selection);
        List<Order> byId = List.of(new Order(SystemFields.ID, true));
        return unitOfWork.inTransaction(() -> {
            LocalDateTime now = now();
            int deleted = 0;
            for (Condition scope : scopes) {
                List<Record> chunk;
                do {
                    chunk = repository.list(entity, new RecordQuery(scope, byId, 0, CHUNK, null));
                    List<Object> ids = chunk.stream().map(record -> (Object) record.id()).toList();
                    if (!ids.isEmpty()) {
                        toMany.forget(entity, ids, now);
                        deleted += repository.softDeleteAll(entity, new Condition.In(SystemFields.ID, ids),
                                Map.of(SystemFields.MODIFIED_AT, now));
                    }
                } while (chunk.size() == CHUNK);
            }
            return deleted;
        });
    }

    /**
     * The selection as conditions: its where, or its ids {@value #CHUNK} at a time, as no database
     * driver binds an unbounded list in one statement (PostgreSQL's takes 65,535 values at most).
     */
    private List<Condition> scopes(Catalog catalog, EntityDefinition entity, MassSelection selection) {
        if (selection.byWhere()) {
            return List.of(WhereParser.parse(catalog, entity, selection.where(),
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(selection.ids()));
        List<Condition> scopes = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            scopes.add(new Condition.In(SystemFields.ID, List.copyOf(chunk)));
        }
        return scopes;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}
