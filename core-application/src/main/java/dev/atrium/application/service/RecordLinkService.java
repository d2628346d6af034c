package dev.atrium.application.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.port.in.LinkRecordsCommand;
import dev.atrium.application.port.in.LinkRecordsUseCase;
import dev.atrium.application.port.in.ListLinkedRecordsUseCase;
import dev.atrium.application.port.in.ListRecordsQuery;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.LinkAttributes;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.LinkRoute;
import dev.atrium.domain.metadata.LinkType;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.RecordPage;
import dev.atrium.domain.record.Record;

/**
 * The relationship routes: list what a record links to (within the caller's read access to both
 * sides), link and unlink through to-many links (which is editing the record).
 */
public final class RecordLinkService implements LinkRecordsUseCase, ListLinkedRecordsUseCase {

    private final RecordServices shared;

    RecordLinkService(RecordServices shared) {
        this.shared = shared;
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
        Catalog catalog = shared.catalogs.currentCatalog();
        EntityDefinition entity = catalog.require(entityName);
        LinkDefinition link = link(entity, linkName, false);
        Record record = shared.unitOfWork.readOnly(() -> {
            Record found = live(entity, id);
            shared.access.requireRecord(list.caller(), entity, id, shared.access.of(list.caller(), entity).read(), "read");
            return found;
        });
        if (!shared.access.of(list.caller(), entity).canRead(link.name())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "No access to " + entity.name() + "." + link.name() + ".");
        }
        Condition linked;
        if (link.type() == LinkType.BELONGS_TO) {
            Object target = record.get(LinkAttributes.id(link.name()));
            linked = target == null ? new Condition.Any(List.of())
                    : new Condition.Compare(SystemFields.ID, Condition.Operator.EQUALS, target);
        } else {
            LinkRoute route = catalog.route(entity, link.name());
            linked = route.isDirect() ? new Condition.Compare(route.ownKey(), Condition.Operator.EQUALS, id)
                    : new Condition.Linked(link.foreign() == null ? link.name() : link.foreign(),
                            new LinkRoute(route.entity(), route.otherKey(), route.ownKey()), List.of(id));
        }
        return shared.lister.list(list.about(link.entity()), linked);
    }

    private void change(LinkRecordsCommand command, boolean link) {
        EntityDefinition entity = shared.entity(command.entity());
        LinkDefinition definition = link(entity, command.link(), true);
        if (!shared.access.of(command.caller(), entity).canEdit(definition.name())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "No access to change " + entity.name() + "."
                    + definition.name() + ".");
        }
        LinkEdit edit = new LinkEdit(link ? LinkEdit.Kind.ADD : LinkEdit.Kind.REMOVE,
                List.copyOf(new LinkedHashSet<>(command.ids())));
        WriteInput input = WriteInput.ofLinks(Map.of(definition.name(), edit));
        ConflictRetries.inTransaction(shared.unitOfWork, entity, () -> shared.pipeline.writeOne(command.caller(), entity,
                new WritePipeline.Request(live(entity, command.id()), input)));
        shared.written(entity.name(), Set.of(command.id()));
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
        return shared.repository.findById(entity, id, false)
                .orElseThrow(() -> DomainException.notFound(entity.name() + " '" + id + "' is not found."));
    }
}
