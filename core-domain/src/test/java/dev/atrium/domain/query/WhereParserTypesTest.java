package dev.atrium.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.CatalogBuilder;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.EntityType;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.LinkType;

/** {@link WhereParser#TYPES}, which the API document lists, names exactly condition types the parser takes. */
class WhereParserTypesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 12, 0);
    private static final Catalog CATALOG = new CatalogBuilder()
            .entity(new EntityDefinition("Maker", EntityType.BASE, Map.of(), Map.of(), List.of(), null, true, "test"))
            .entity(new EntityDefinition("Gadget", EntityType.BASE, Map.of(
                    "flag", FieldDefinition.builder("flag", FieldType.BOOL).build(),
                    "day", FieldDefinition.builder("day", FieldType.DATE).build(),
                    "tags", FieldDefinition.builder("tags", FieldType.MULTI_ENUM).options(List.of("red")).build(),
                    "maker", FieldDefinition.builder("maker", FieldType.LINK).build()),
                    Map.of("maker", new LinkDefinition("maker", LinkType.BELONGS_TO, "Maker", null, null)),
                    List.of(), null, true, "test"))
            .build(1);
    private static final EntityDefinition GADGET = CATALOG.require("Gadget");

    @Test
    void everyListedTypeIsOneTheParserTakes() {
        assertThat(WhereParser.TYPES).doesNotHaveDuplicates().hasSize(42);
        for (String type : WhereParser.TYPES) {
            assertThatCode(() -> WhereParser.parse(CATALOG, GADGET, List.of(condition(type)), NOW)).as(type)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void aTypeNotListedIsRefused() {
        assertThatThrownBy(() -> WhereParser.parse(CATALOG, GADGET,
                List.of(Map.of("type", "innerSql", "attribute", "name", "value", "1=1")), NOW))
                .hasMessageContaining("unknown condition type 'innerSql'");
    }

    private static Map<String, Object> condition(String type) {
        Map<String, Object> condition = new HashMap<>(Map.of("type", type));
        switch (type) {
            case "and", "or", "not", "bool" -> condition.put("value", List.of());
            case "isTrue", "isFalse" -> condition.put("attribute", "flag");
            case "today", "past", "future", "currentMonth", "lastMonth", "currentYear" -> condition.put("attribute", "day");
            case "on", "before", "after" -> condition.putAll(Map.of("attribute", "day", "value", "2026-01-01"));
            case "lastXDays", "nextXDays" -> condition.putAll(Map.of("attribute", "day", "value", 3));
            case "linkedWith", "notLinkedWith" -> condition.putAll(Map.of("attribute", "maker", "value", List.of("m1")));
            case "isLinked", "isNotLinked" -> condition.put("attribute", "maker");
            case "arrayAnyOf", "arrayNoneOf" -> condition.putAll(Map.of("attribute", "tags", "value", List.of("red")));
            case "arrayIsEmpty", "arrayIsNotEmpty" -> condition.put("attribute", "tags");
            case "in", "notIn", "between" -> condition.putAll(Map.of("attribute", "name", "value", List.of("a", "b")));
            default -> condition.putAll(Map.of("attribute", "name", "value", "a"));
        }
        return condition;
    }
}
