package dev.atrium.application.service;

import java.util.Collection;
import java.util.List;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.ReadShape;
import dev.atrium.domain.security.AccessLevel;
import dev.atrium.domain.security.Principal;

/**
 * A linked record's name ({@code brandName}, {@code categoriesNames}) is shown only to a caller who may
 * read that record; the ids stay, as they are the record's own values. The rule travels in the read's
 * shape as a condition on each linked entity, so the same statement that reads the names applies it.
 */
final class LinkNames {

    private static final Condition NONE = new Condition.Any(List.of());

    private final GetCatalogUseCase catalogs;
    private final RecordAccess access;

    LinkNames(GetCatalogUseCase catalogs, RecordAccess access) {
        this.catalogs = catalogs;
        this.access = access;
    }

    /** What a read of {@code entity} by {@code caller} shows beside the values: names within the caller's reach. */
    ReadShape shape(Principal caller, EntityDefinition entity, Collection<String> toManyLinks) {
        return ReadShape.of(catalogs.currentCatalog(), entity, toManyLinks, target -> visible(caller, target));
    }

    private Condition visible(Principal caller, EntityDefinition target) {
        if (caller.admin()) {
            return Condition.TRUE;
        }
        AccessLevel level = access.of(caller, target).read();
        return level == AccessLevel.NO ? NONE : access.scope(caller, target, level, "read");
    }
}
