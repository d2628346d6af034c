package dev.atrium.application.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.in.LinkRecordsCommand;
import dev.atrium.application.port.in.LinkRecordsUseCase;
import dev.atrium.application.port.in.ListLinkedRecordsUseCase;
import dev.atrium.application.port.in.ListRecordsQuery;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.LinkRoute;
import dev.atrium.domain.metadata.LinkType;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.RecordPage;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.RecordIds;

/** The relationship routes: list what a record links to, link and unlink through to-many links. */
public final class RecordLinkService implements LinkRecordsUseCase, ListLinkedRecordsUseCase {

    private final GetCatalogUseCase catalogs;
    private final RecordRepository repository;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final ToManyLinks toMany;
    private final RecordLister lister;

    public RecordLinkService(GetCatalogUseCase catalogs, RecordRepository repository, UnitOfWork unitOfWork,
            Clock clock, ListLimits limits) {
        this.catalogs = catalogs;
        this.repository = repository;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.toMany = new ToManyLinks(catalogs, repository, new RecordIds(clock));
        this.lister = new RecordLister(catalogs, repository, unitOfWork, clock, limits,
                new RecordReferences(catalogs, repository), toMany);
    }

    @Override
    public void link(LinkRecordsCommand command) {
        change(command, true);
    }

    @Override
    public void unlink(LinkRecordsCommand command) {
        change(command, false);
    }

    @Override
    public RecordPage listLinked(String entityName, String id, String linkName, ListRecordsQuery list) {
        Catalog catalog = catalogs.currentCatalog();
        EntityDefinition entity = catalog.require(entityName);
        LinkDefinition link = link(entity, linkName, false);
        Record record = unitOfWork.readOnly(() -> live(entity, id));
        Condition linked;
        if (link.type() == LinkType.BELONGS_TO) {
            Object target = record.get(link.name() + "Id");
            linked = target == null ? new Condition.Any(List.of())
                    : new Condition.Compare(SystemFields.ID, Condition.Operator.EQUALS, target);
        } else {
            LinkRoute route = catalog.route(entity, link.name());
            linked = route.isDirect() ? new Condition.Compare(route.ownKey(), Condition.Operator.EQUALS, id)
                    : new Condition.Linked(new LinkRoute(route.entity(), route.otherKey(), route.ownKey()), List.of(id));
        }
        ListRecordsQuery ofTarget = new ListRecordsQuery(link.entity(), list.where(), list.textFilter(), list.select(),
                list.sortBy(), list.ascending(), list.offset(), list.maxSize(), list.cursor(), list.count(), list.list());
        return lister.list(ofTarget, linked);
    }

    private void change(LinkRecordsCommand command, boolean link) {
        EntityDefinition entity = catalogs.currentCatalog().require(command.entity());
        LinkDefinition definition = link(entity, command.link(), true);
        unitOfWork.inTransaction(() -> {
            live(entity, command.id());
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
            if (link) {
                toMany.add(entity, command.id(), definition.name(), new LinkedHashSet<>(command.ids()), now);
            } else {
                toMany.remove(entity, command.id(), definition.name(), new LinkedHashSet<>(command.ids()), now);
            }
            return null;
        });
    }

    private static LinkDefinition link(EntityDefinition entity, String name, boolean toManyOnly) {
        LinkDefinition link = entity.links().get(name);
        if (link == null || toManyOnly && link.type() != LinkType.HAS_MANY) {
            throw DomainException.notFound(entity.name() + " has no " + (toManyOnly ? "to-many " : "") + "link '"
                    + name + "'.");
        }
        return link;
    }

    private Record live(EntityDefinition entity, String id) {
        return repository.findById(entity, id, false)
                .orElseThrow(() -> DomainException.notFound(entity.name() + " '" + id + "' is not found."));
    }
}
