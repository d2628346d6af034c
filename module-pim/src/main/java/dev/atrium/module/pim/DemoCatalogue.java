package dev.atrium.module.pim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.atrium.application.port.in.UpsertUseCase.Item;
import dev.atrium.application.spi.DemoData;

/**
 * A small outdoor-gear catalogue to explore: brands, a category tree, channels, attributes in a
 * group, a classification that requires a colour, and 1,000 products with their attribute values.
 * Fixed ids and a fixed random seed make it the same on every machine and every run; every id and code
 * starts with {@code demo-}, so the demo never takes a code that a user's own records (or the README's
 * examples) want.
 */
final class DemoCatalogue implements DemoData {

    static final int PRODUCTS = 1000;
    private static final String[] BRANDS = {"Northwind", "Summit", "Riverstone", "Alpenglow"};
    private static final String[][] CATEGORIES = {
        {"all", "All products", null}, {"footwear", "Footwear", "all"}, {"boots", "Boots", "footwear"},
        {"trail-runners", "Trail runners", "footwear"}, {"apparel", "Apparel", "all"}, {"jackets", "Jackets", "apparel"},
        {"base-layers", "Base layers", "apparel"}, {"equipment", "Equipment", "all"}, {"tents", "Tents", "equipment"}};
    private static final String[] LEAVES = {"boots", "trail-runners", "jackets", "base-layers", "tents"};
    private static final String[] COLOURS = {"black", "red", "blue", "green", "grey"};
    private static final String[] STATUSES = {"draft", "prepared", "reviewed", "notReady"};

    @Override
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (String brand : BRANDS) {
            items.add(item("Brand", Map.of("id", "demo-" + brand.toLowerCase(), "name", brand, "code",
                    "demo-" + brand.toLowerCase(), "isActive", true)));
        }
        for (String[] category : CATEGORIES) {
            Map<String, Object> payload = new LinkedHashMap<>(Map.of("id", "demo-" + category[0], "name", category[1],
                    "code", "demo-" + category[0], "isActive", true));
            if (category[2] != null) {
                payload.put("parentsIds", List.of("demo-" + category[2]));
            }
            items.add(item("Category", payload));
        }
        items.add(item("Channel", Map.of("id", "demo-web", "name", "Web shop", "code", "demo-web", "isActive", true,
                "locales", List.of("en_US", "de_DE"))));
        items.add(item("Channel", Map.of("id", "demo-retail", "name", "Retail", "code", "demo-retail", "isActive", true)));
        items.add(item("AttributeGroup", Map.of("id", "demo-technical", "name", "Technical data", "code", "demo-technical")));
        items.add(attribute("weight", "Weight (kg)", "float", Map.of("min", 0, "max", 50)));
        items.add(attribute("colour", "Colour", "enum", Map.of("options", List.of(COLOURS))));
        items.add(attribute("waterproof", "Waterproof", "bool", Map.of()));
        items.add(attribute("material", "Material", "varchar", Map.of("isMultilang", true, "maxLength", 100)));
        items.add(item("Classification", Map.of("id", "demo-outdoor", "name", "Outdoor gear", "code", "demo-outdoor",
                "isActive", true)));
        items.add(item("ClassificationAttribute", Map.of("id", "demo-outdoor-colour", "classificationId", "demo-outdoor",
                "attributeId", "demo-colour", "isRequired", true)));

        Random random = new Random(42);
        List<Item> values = new ArrayList<>();
        for (int i = 1; i <= PRODUCTS; i++) {
            String id = String.format("demo-product-%04d", i);
            String leaf = LEAVES[random.nextInt(LEAVES.length)];
            Map<String, Object> product = new LinkedHashMap<>();
            product.put("id", id);
            product.put("name", label(leaf) + " " + i);
            product.put("number", String.format("DEMO-%04d", i));
            product.put("status", STATUSES[random.nextInt(STATUSES.length)]);
            product.put("isActive", random.nextInt(4) > 0);
            product.put("price", Math.round((19 + random.nextDouble() * 480) * 100) / 100.0);
            product.put("priceCurrency", "EUR");
            product.put("quantity", random.nextInt(500));
            product.put("brandId", "demo-" + BRANDS[random.nextInt(BRANDS.length)].toLowerCase());
            product.put("categoriesIds", List.of("demo-" + leaf));
            product.put("channelsIds", random.nextBoolean() ? List.of("demo-web", "demo-retail") : List.of("demo-web"));
            product.put("classificationsIds", List.of("demo-outdoor"));
            items.add(item("Product", product));
            values.add(value(id, "weight", "floatValue", Math.round(random.nextDouble() * 4000) / 1000.0, "main"));
            values.add(value(id, "colour", "varcharValue", COLOURS[random.nextInt(COLOURS.length)], "main"));
            values.add(value(id, "waterproof", "boolValue", random.nextBoolean(), "main"));
        }
        items.addAll(values);
        return items;
    }

    private static Item attribute(String code, String name, String type, Map<String, Object> limits) {
        Map<String, Object> payload = new LinkedHashMap<>(Map.of("id", "demo-" + code, "name", name, "code", "demo-" + code,
                "type", type, "attributeGroupId", "demo-technical"));
        payload.putAll(limits);
        return item("Attribute", payload);
    }

    private static Item value(String product, String attribute, String column, Object value, String language) {
        return item(AttributeValues.ENTITY, Map.of("productId", product, "attributeId", "demo-" + attribute, column, value,
                "language", language));
    }

    private static Item item(String entity, Map<String, Object> payload) {
        return new Item(entity, payload, null);
    }

    private static String label(String leaf) {
        String spaced = leaf.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1, spaced.length() - 1);
    }
}
