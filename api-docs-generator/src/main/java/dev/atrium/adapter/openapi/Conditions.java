package dev.atrium.adapter.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;

import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.query.WhereParser;

/** The {@code WhereCondition} schema: one condition of the list language that {@code where} holds. */
final class Conditions {

    static final String WHERE_CONDITION = "WhereCondition";

    private Conditions() {
    }

    /** @param entities the entities the document shows; the flags modules read on their lists become properties */
    static void addTo(Components components, SchemaFactory schemas, Catalog catalog, Collection<EntityDefinition> entities) {
        Schema<Object> condition = schemas.typed("object", false);
        condition.setDescription("One condition; the conditions of a where list must all hold. and, or and not take "
                + "a list of conditions as their value; bool takes the names of AtroCore's filters (onlyActive, "
                + "notActive, onlyMy, ownedByMe); the others name an attribute.");
        Schema<Object> type = schemas.typed("string", false);
        type.setEnum(new ArrayList<>(WhereParser.TYPES));
        condition.addProperty("type", type);
        Schema<Object> attribute = schemas.typed("string", false);
        attribute.setDescription("The attribute compared (brandId for link brand; the link's name for linkedWith, "
                + "notLinkedWith, isLinked, isNotLinked).");
        condition.addProperty("attribute", attribute);
        Schema<Object> field = schemas.typed("string", false);
        field.setDeprecated(true);
        field.setDescription("Old name of 'attribute', as older AtroCore clients send it; send 'attribute'.");
        condition.addProperty("field", field);
        Schema<Object> value = schemas.anyValue();
        value.setDescription("What the attribute is compared with: a value of the field's type, a list for in, "
                + "notIn, between, arrayAnyOf, arrayNoneOf, linkedWith and notLinkedWith, a number of days for "
                + "lastXDays and nextXDays, a list of conditions for and, or and not.");
        condition.addProperty("value", value);
        Map<String, List<String>> flags = new TreeMap<>();
        entities.forEach(entity -> catalog.whereFlags(entity).forEach(flag ->
                flags.computeIfAbsent(flag, name -> new ArrayList<>()).add(entity.name())));
        flags.forEach((flag, readers) -> {
            Schema<Object> set = schemas.typed("boolean", false);
            set.setDescription("true: a module reads the item (attribute and value mean what that module says), on "
                    + "lists of " + String.join(", ", readers) + " only; on other lists, setting it is a 400.");
            condition.addProperty(flag, set);
        });
        condition.setRequired(List.of("type"));
        components.addSchemas(WHERE_CONDITION, condition);
    }

    /** A list of conditions, as massUpdate and massDelete bodies carry it. */
    static Schema<Object> list(SchemaFactory schemas) {
        Schema<Object> where = schemas.typed("array", false);
        where.setItems(schemas.ref(WHERE_CONDITION));
        return where;
    }
}
