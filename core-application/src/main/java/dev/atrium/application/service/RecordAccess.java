package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.EntityFeature;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.AccessLevel;
import dev.atrium.domain.security.EntityAccess;
import dev.atrium.domain.security.Principal;

/**
 * Applies a caller's access to one entity on every path: which records an action reaches (as a
 * condition the database evaluates, so lists are filtered in SQL), which fields are shown, which
 * are taken from input, and which may be filtered or sorted by.
 */
final class RecordAccess {

    /** Ids per lookup at most: no driver binds an unbounded list in one statement. */
    private static final int CHUNK = 1000;

    private final AccessControl access;
    private final GetCatalogUseCase catalogs;
    private final RecordRepository repository;

    RecordAccess(AccessControl access, GetCatalogUseCase catalogs, RecordRepository repository) {
        this.access = access;
        this.catalogs = catalogs;
        this.repository = repository;
    }

    EntityAccess of(Principal caller, EntityDefinition entity) {
        return access.policyFor(caller).of(entity.name());
    }

    void requireCreate(Principal caller, EntityDefinition entity) {
        if (!of(caller, entity).create()) {
            throw forbidden("create", entity);
        }
    }

    /** The records an action at {@code level} reaches, or a 403 when it reaches none. */
    Condition scope(Principal caller, EntityDefinition entity, AccessLevel level, String action) {
        return switch (level) {
            case NO -> throw forbidden(action, entity);
            case ALL -> Condition.TRUE;
            case OWN -> own(caller, entity);
            case TEAM -> entity.has(EntityFeature.TEAMS) && !caller.teamIds().isEmpty()
                    ? new Condition.Any(List.of(own(caller, entity), new Condition.Linked(EntityFeature.TEAMS.link(),
                            catalogs.currentCatalog().route(entity, EntityFeature.TEAMS.link()), List.copyOf(caller.teamIds()))))
                    : own(caller, entity);
        };
    }

    /** A 403 unless the record is among those an action at {@code level} reaches. */
    void requireRecord(Principal caller, EntityDefinition entity, String id, AccessLevel level, String action) {
        Condition scope = scope(caller, entity, level, action);
        if (Condition.TRUE.equals(scope)) {
            return;
        }
        Condition record = new Condition.All(List.of(
                new Condition.Compare(SystemFields.ID, Condition.Operator.EQUALS, id), scope));
        if (repository.count(entity, record) == 0) {
            throw forbidden(action, entity);
        }
    }

    /**
     * Those of {@code ids} (live records of the entity) that an action at {@code level} reaches: all of
     * them without a query when it reaches every record, none when it reaches none.
     */
    Set<String> reachable(Principal caller, EntityDefinition entity, AccessLevel level, Collection<String> ids) {
        if (ids.isEmpty() || level == AccessLevel.NO) {
            return Set.of();
        }
        if (level == AccessLevel.ALL || caller.admin()) {
            return Set.copyOf(ids);
        }
        Condition scope = scope(caller, entity, level, "reach");
        List<Object> all = new ArrayList<>(ids);
        Set<String> reached = new HashSet<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Object> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            Condition within = new Condition.All(List.of(new Condition.In(SystemFields.ID, chunk), scope));
            repository.list(entity, RecordQuery.page(within, List.of(new Order(SystemFields.ID, true)), 0,
                    chunk.size() + 1)).forEach(record -> reached.add(record.id()));
        }
        return reached;
    }

    /** The input without the fields the caller may not change (ignored, as AtroCore does): the input itself when none. */
    Map<String, ?> writable(EntityAccess access, EntityDefinition entity, Map<String, ?> body) {
        if (access.uneditable().isEmpty() && access.unreadable().isEmpty()) {
            return body;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        body.forEach((attribute, value) -> {
            String field = fieldOf(entity, entity.canonical(attribute));
            if (field == null || access.canEdit(field)) {
                kept.put(attribute, value);
            }
        });
        return kept;
    }

    /** The records without the fields the caller may not read (and without passwords, for anyone). */
    List<Record> readable(EntityAccess access, EntityDefinition entity, List<Record> records) {
        List<Record> shown = new ArrayList<>(records.size());
        List<String> secrets = Secrets.attributes(entity);
        if (access.unreadable().isEmpty()) {
            records.forEach(record -> shown.add(Secrets.hide(secrets, record)));
            return shown;
        }
        for (Record record : records) {
            Map<String, Object> values = new LinkedHashMap<>();
            record.values().forEach((attribute, value) -> {
                if (access.canRead(fieldOf(entity, attribute))) {
                    values.put(attribute, value);
                }
            });
            Map<String, String> names = new LinkedHashMap<>();
            record.linkNames().forEach((link, name) -> {
                if (access.canRead(link)) {
                    names.put(link, name);
                }
            });
            Map<String, Map<String, String>> linked = new LinkedHashMap<>();
            record.linked().forEach((link, idsAndNames) -> {
                if (access.canRead(link)) {
                    linked.put(link, idsAndNames);
                }
            });
            shown.add(Secrets.hide(secrets, new Record(record.entity(), values, names, linked)));
        }
        return shown;
    }

    /** Filtering or sorting by a field one may not read would reveal it: 403. Related records: {@link #withinRelatedAccess}. */
    void requireFilterable(EntityAccess access, EntityDefinition entity, Condition where, List<Order> order) {
        List<String> fields = new ArrayList<>();
        collect(entity, where, fields);
        order.forEach(key -> fields.add(fieldOf(entity, key.attribute())));
        for (String field : fields) {
            if (!access.canRead(field)) {
                throw new DomainException(DomainException.Kind.FORBIDDEN, "No access to filter or sort "
                        + entity.name() + " by '" + field + "'.");
            }
        }
    }

    /**
     * The condition with each related-record part narrowed to the related records the caller may read:
     * filtering by them needs read access to their entity (403 otherwise) and to the fields filtered by,
     * and only the records of their read level count, as a list of that entity would show them.
     */
    Condition withinRelatedAccess(Principal caller, Condition condition) {
        if (condition instanceof Condition.All all) {
            return new Condition.All(all.parts().stream().map(part -> withinRelatedAccess(caller, part)).toList());
        }
        if (condition instanceof Condition.Any any) {
            return new Condition.Any(any.parts().stream().map(part -> withinRelatedAccess(caller, part)).toList());
        }
        if (condition instanceof Condition.Not not) {
            return new Condition.Not(withinRelatedAccess(caller, not.part()));
        }
        if (!(condition instanceof Condition.Related related)) {
            return condition;
        }
        EntityDefinition other = related.entity();
        EntityAccess otherAccess = of(caller, other);
        Condition readable = scope(caller, other, otherAccess.read(), "read");
        Condition key = new Condition.Not(new Condition.IsNull(related.key()));
        requireFilterable(otherAccess, other, new Condition.All(List.of(key, related.where())), List.of());
        Condition where = withinRelatedAccess(caller, related.where());
        return new Condition.Related(other, related.key(), Condition.TRUE.equals(readable) ? where
                : new Condition.All(List.of(readable, where)));
    }

    private static void collect(EntityDefinition entity, Condition condition, List<String> fields) {
        if (condition instanceof Condition.All all) {
            all.parts().forEach(part -> collect(entity, part, fields));
        } else if (condition instanceof Condition.Any any) {
            any.parts().forEach(part -> collect(entity, part, fields));
        } else if (condition instanceof Condition.Not not) {
            collect(entity, not.part(), fields);
        } else if (condition instanceof Condition.Linked linked) {
            fields.add(linked.link());
        } else if (!(condition instanceof Condition.Related)) {
            fields.add(fieldOf(entity, attributeOf(condition)));
        }
    }

    private static String attributeOf(Condition condition) {
        if (condition instanceof Condition.Compare compare) {
            return compare.attribute();
        }
        if (condition instanceof Condition.In in) {
            return in.attribute();
        }
        if (condition instanceof Condition.Like like) {
            return like.attribute();
        }
        if (condition instanceof Condition.IsNull isNull) {
            return isNull.attribute();
        }
        if (condition instanceof Condition.ArrayContains contains) {
            return contains.attribute();
        }
        return ((Condition.ArrayEmpty) condition).attribute();
    }

    /** "Own" records: those the caller owns or is assigned, or without either, created. */
    private static Condition own(Principal caller, EntityDefinition entity) {
        List<Condition> mine = new ArrayList<>();
        if (entity.has(EntityFeature.OWNER)) {
            mine.add(new Condition.Compare("ownerUserId", Condition.Operator.EQUALS, caller.userId()));
        }
        if (entity.has(EntityFeature.ASSIGNED_USER)) {
            mine.add(new Condition.Compare("assignedUserId", Condition.Operator.EQUALS, caller.userId()));
        }
        if (mine.isEmpty()) {
            mine.add(new Condition.Compare(SystemFields.CREATED_BY_ID, Condition.Operator.EQUALS, caller.userId()));
        }
        return mine.size() == 1 ? mine.get(0) : new Condition.Any(mine);
    }

    /** The field behind an attribute ({@code brandId} is field {@code brand}); the attribute itself when none. */
    private static String fieldOf(EntityDefinition entity, String attribute) {
        return entity.fieldByAttribute(attribute).map(FieldDefinition::name).orElse(attribute);
    }

    private static DomainException forbidden(String action, EntityDefinition entity) {
        return new DomainException(DomainException.Kind.FORBIDDEN, "No " + action + " access to " + entity.name() + ".");
    }
}
