package dev.atrium.application.service;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.EntityType;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;

/**
 * To-many links: which an entity has, and hiding the links of deleted records. Reads take them with the
 * record ({@code ReadShape}); changes of links are {@link LinkWrites}, part of the write pipeline.
 */
final class ToManyLinks {

    private final GetCatalogUseCase catalogs;
    private final RecordRepository repository;

    ToManyLinks(GetCatalogUseCase catalogs, RecordRepository repository) {
        this.catalogs = catalogs;
        this.repository = repository;
    }

    /** The entity's has-many links. */
    static List<LinkDefinition> of(EntityDefinition entity) {
        return entity.hasManyLinks();
    }

    /** Soft-deletes the relation rows that point at records being deleted, so no dangling link stays visible. */
    void forget(EntityDefinition entity, List<Object> ids, LocalDateTime now) {
        for (EntityDefinition relation : catalogs.currentCatalog().entities()) {
            if (relation.type() != EntityType.RELATION) {
                continue;
            }
            for (LinkDefinition key : relation.belongsToLinks()) {
                if (key.entity().equals(entity.name())) {
                    repository.softDeleteAll(relation, new Condition.In(key.name() + "Id", ids),
                            Map.of(SystemFields.MODIFIED_AT, now));
                }
            }
        }
    }
}
