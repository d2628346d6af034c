package dev.atrium.adapter.openapi;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;

import dev.atrium.domain.query.WhereParser;

/** The {@code WhereCondition} schema: one condition of the list language that {@code where} holds. */
final class Conditions {

    static final String WHERE_CONDITION = "WhereCondition";

    private Conditions() {
    }

    static void addTo(Components components, SchemaFactory schemas) {
        Schema<Object> condition = schemas.typed("object", false);
        condition.setDescription("One condition; the conditions of a where list must all hold. and, or and not take "
                + "a list of conditions as their value; the others name an attribute.");
        Schema<Object> type = schemas.typed("string", false);
        type.setEnum(new ArrayList<>(WhereParser.TYPES));
        condition.addProperty("type", type);
        Schema<Object> attribute = schemas.typed("string", false);
        attribute.setDescription("The attribute compared (brandId for link brand; the link's name for linkedWith, "
                + "notLinkedWith, isLinked, isNotLinked).");
        condition.addProperty("attribute", attribute);
        Schema<Object> value = schemas.anyValue();
        value.setDescription("What the attribute is compared with: a value of the field's type, a list for in, "
                + "notIn, between, arrayAnyOf, arrayNoneOf, linkedWith and notLinkedWith, a number of days for "
                + "lastXDays and nextXDays, a list of conditions for and, or and not.");
        condition.addProperty("value", value);
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
