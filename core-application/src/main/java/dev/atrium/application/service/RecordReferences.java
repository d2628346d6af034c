package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.LinkAttributes;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.record.FieldError;
import dev.atrium.domain.record.ValidationException;

/** Belongs-to links: checks that written ids exist, one query per link for a whole batch. */
final class RecordReferences {

    private final GetCatalogUseCase catalogs;
    private final RecordRepository repository;

    RecordReferences(GetCatalogUseCase catalogs, RecordRepository repository) {
        this.catalogs = catalogs;
        this.repository = repository;
    }

    /** Every belongs-to id among {@code values} must name a live record of the link's entity. */
    void check(EntityDefinition entity, Map<String, Object> values) {
        List<FieldError> errors = checkAll(entity, Map.of(0, values)).get(0);
        if (errors != null) {
            throw new ValidationException(errors);
        }
    }

    /** {@link #check} for many records at once: one query per link; returns the errors by record key. */
    <K> Map<K, List<FieldError>> checkAll(EntityDefinition entity, Map<K, Map<String, Object>> valuesByKey) {
        return checkAll(entity, valuesByKey, Set.of());
    }

    /**
     * @param created ids of records of {@code entity} written together with these (a batch that holds a
     *     category and its parent): a link to one of them is as good as a link to a stored record
     */
    <K> Map<K, List<FieldError>> checkAll(EntityDefinition entity, Map<K, Map<String, Object>> valuesByKey,
            Set<String> created) {
        Map<K, List<FieldError>> errors = new LinkedHashMap<>();
        for (LinkDefinition link : entity.belongsToLinks()) {
            String attribute = LinkAttributes.id(link.name());
            Set<String> ids = new HashSet<>();
            valuesByKey.values().forEach(values -> {
                if (values.get(attribute) instanceof String id) {
                    ids.add(id);
                }
            });
            if (ids.isEmpty()) {
                continue;
            }
            EntityDefinition target = catalogs.currentCatalog().require(link.entity());
            Set<String> live = new HashSet<>(repository.liveIds(target, ids));
            if (target.name().equals(entity.name())) {
                live.addAll(created);
            }
            valuesByKey.forEach((key, values) -> {
                if (values.get(attribute) instanceof String id && !live.contains(id)) {
                    errors.computeIfAbsent(key, ignored -> new ArrayList<>()).add(new FieldError(attribute, "notFound",
                            "'" + attribute + "' names " + target.name() + " '" + id + "', which does not exist."));
                }
            });
        }
        return errors;
    }
}
