package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.LinkType;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValidationException;

/** The attributes a list returns: those in {@code select} and {@code id}, or all when nothing was selected. */
final class Selection {

    private final Set<String> attributes;
    private final Set<String> linkNames;
    private final Set<String> toManyLinks;

    private Selection(Set<String> attributes, Set<String> linkNames, Set<String> toManyLinks) {
        this.attributes = attributes;
        this.linkNames = linkNames;
        this.toManyLinks = toManyLinks;
    }

    static Selection of(EntityDefinition entity, List<String> select) {
        if (select == null || select.isEmpty()) {
            return new Selection(null, null, Set.of());
        }
        Set<String> attributes = new LinkedHashSet<>(List.of(SystemFields.ID));
        Set<String> linkNames = new LinkedHashSet<>();
        Set<String> toManyLinks = new LinkedHashSet<>();
        for (String item : select) {
            String name = entity.canonical(item.trim());
            String toMany = toManyLink(entity, name);
            if (entity.fieldByAttribute(name).filter(field -> field.type() != FieldType.PASSWORD).isPresent()) {
                attributes.add(name);
            } else if (isLinkName(entity, name)) {
                linkNames.add(name.substring(0, name.length() - "Name".length()));
            } else if (toMany != null) {
                toManyLinks.add(toMany);
            } else {
                throw ValidationException.of("select", "unknownField", "'select' names '" + name
                        + "', which is not a field of " + entity.name() + ".");
            }
        }
        return new Selection(attributes, linkNames, toManyLinks);
    }

    /** The to-many links whose ids or names were selected; lists look these up, and only these. */
    Set<String> toManyLinks() {
        return toManyLinks;
    }

    List<Record> apply(List<Record> records) {
        if (attributes == null) {
            return records;
        }
        List<Record> projected = new ArrayList<>(records.size());
        for (Record record : records) {
            Map<String, Object> values = new LinkedHashMap<>();
            record.values().forEach((attribute, value) -> {
                if (attributes.contains(attribute)) {
                    values.put(attribute, value);
                }
            });
            Map<String, String> names = new LinkedHashMap<>();
            record.linkNames().forEach((link, name) -> {
                if (linkNames.contains(link)) {
                    names.put(link, name);
                }
            });
            projected.add(new Record(record.entity(), values, names, record.linked()));
        }
        return projected;
    }

    /** The has-many link {@code name} selects through {@code <link>Ids} or {@code <link>Names}, or null. */
    private static String toManyLink(EntityDefinition entity, String name) {
        for (String suffix : List.of("Ids", "Names")) {
            if (name.endsWith(suffix)) {
                LinkDefinition link = entity.links().get(name.substring(0, name.length() - suffix.length()));
                if (link != null && link.type() == LinkType.HAS_MANY) {
                    return link.name();
                }
            }
        }
        return null;
    }

    private static boolean isLinkName(EntityDefinition entity, String name) {
        if (!name.endsWith("Name")) {
            return false;
        }
        LinkDefinition link = entity.links().get(name.substring(0, name.length() - "Name".length()));
        return link != null && link.type() == LinkType.BELONGS_TO;
    }
}
