package dev.atrium.module.pim;

import java.util.List;

import dev.atrium.application.spi.WhereItemContext;
import dev.atrium.application.spi.WhereItemRewriter;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.WhereItem;
import dev.atrium.domain.record.Record;

/**
 * AtroPIM's filter of products by attribute value: {@code {"type": "greaterThan", "attribute": "<attributeId>",
 * "isAttribute": true, "value": 1.5}} holds for a product with a value of that attribute, in the language
 * {@code main} (or the item's {@code language}), that meets the condition. The condition is read as one on
 * the value column of the attribute's type, so it takes every type and value a field of that type takes.
 */
final class AttributeFilter implements WhereItemRewriter {

    static final String FLAG = "isAttribute";

    @Override
    public Condition rewrite(WhereItem item, WhereItemContext context) {
        Record attribute = context.find("Attribute", item.attribute()).orElseThrow(() ->
                item.invalid("names the attribute '" + item.attribute() + "', which is not found"));
        String type = (String) attribute.get("type");
        String column = AttributeValues.COLUMNS.get(type);
        if (column == null) {
            throw item.invalid("names attribute '" + AttributeValues.label(attribute) + "' of type " + type
                    + ", which cannot be filtered by");
        }
        Condition value = context.condition(AttributeValues.ENTITY, column, item);
        return new Condition.Related(context.catalog().require(AttributeValues.ENTITY), "productId",
                new Condition.All(List.of(
                        new Condition.Compare("attributeId", Condition.Operator.EQUALS, attribute.id()),
                        new Condition.Compare("language", Condition.Operator.EQUALS, language(item, attribute)),
                        value)));
    }

    private static String language(WhereItem item, Record attribute) {
        Object language = item.get("language");
        if (language == null || AttributeValues.MAIN_LANGUAGE.equals(language)) {
            return AttributeValues.MAIN_LANGUAGE;
        }
        if (!(language instanceof String locale) || !locale.matches("[a-z]{2}_[A-Z]{2}")) {
            throw item.invalid("has the language '" + language + "'; it must be 'main' or a locale such as de_DE");
        }
        if (!Boolean.TRUE.equals(attribute.get("isMultilang"))) {
            throw item.invalid("asks for the language '" + locale + "', but attribute '"
                    + AttributeValues.label(attribute) + "' is not multilingual");
        }
        return locale;
    }
}
