package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.LinkType;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.AccessLevel;
import dev.atrium.domain.security.Principal;

/**
 * A linked record's name ({@code brandName}, {@code categoriesNames}) is shown only to a caller who
 * may read that record; the ids stay, as they are the record's own values. One query per link whose
 * entity the caller reads at the own or team level, none otherwise.
 */
final class LinkNames {

    private final GetCatalogUseCase catalogs;
    private final RecordAccess access;

    LinkNames(GetCatalogUseCase catalogs, RecordAccess access) {
        this.catalogs = catalogs;
        this.access = access;
    }

    List<Record> visibleTo(Principal caller, EntityDefinition entity, List<Record> records) {
        if (caller.admin() || records.isEmpty()) {
            return records;
        }
        Map<String, Set<String>> hidden = new HashMap<>();
        for (LinkDefinition link : entity.links().values()) {
            EntityDefinition target = catalogs.currentCatalog().require(link.entity());
            AccessLevel level = access.of(caller, target).read();
            if (level == AccessLevel.ALL) {
                continue;
            }
            Set<String> ids = new HashSet<>();
            records.forEach(record -> ids.addAll(linkedIds(record, link)));
            ids.removeAll(access.reachable(caller, target, level, ids));
            if (!ids.isEmpty()) {
                hidden.put(link.name(), ids);
            }
        }
        if (hidden.isEmpty()) {
            return records;
        }
        List<Record> shown = new ArrayList<>(records.size());
        records.forEach(record -> shown.add(without(record, entity, hidden)));
        return shown;
    }

    private static Set<String> linkedIds(Record record, LinkDefinition link) {
        if (link.type() == LinkType.BELONGS_TO) {
            return record.linkNames().containsKey(link.name()) && record.get(link.name() + "Id") instanceof String id
                    ? Set.of(id) : Set.of();
        }
        return record.linked().getOrDefault(link.name(), Map.of()).keySet();
    }

    private static Record without(Record record, EntityDefinition entity, Map<String, Set<String>> hidden) {
        LinkedHashMap<String, String> names = new LinkedHashMap<>(record.linkNames());
        Map<String, Map<String, String>> linked = new LinkedHashMap<>(record.linked());
        hidden.forEach((link, ids) -> {
            if (entity.links().get(link).type() == LinkType.BELONGS_TO) {
                if (ids.contains(record.get(link + "Id"))) {
                    names.put(link, null);
                }
            } else if (linked.containsKey(link)) {
                Map<String, String> idsAndNames = new LinkedHashMap<>(linked.get(link));
                idsAndNames.replaceAll((id, name) -> ids.contains(id) ? null : name);
                linked.put(link, idsAndNames);
            }
        });
        return new Record(record.entity(), record.values(), names, linked);
    }
}
