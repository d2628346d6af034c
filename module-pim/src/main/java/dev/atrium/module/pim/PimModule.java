package dev.atrium.module.pim;

import dev.atrium.application.spi.ModuleContributions;
import dev.atrium.application.spi.PlatformModule;

/** The product information model: its entities and their rules; found through {@code META-INF/services}. */
public final class PimModule implements PlatformModule {

    static final String[] ENTITIES = {"Brand", "Product", "Category", "CategoryHierarchy", "ProductCategory", "Channel", "ProductChannel",
        "CategoryChannel", "ProductHierarchy", "AttributeGroup", "Attribute", "Classification",
        "ClassificationAttribute", "ProductClassification", "ProductAttributeValue", "Association",
        "AssociatedProduct", "Measure", "Unit"};
    static final String[] WITH_CODES = {"Brand", "Category", "Channel", "AttributeGroup", "Attribute", "Classification",
        "Association", "Measure", "Unit"};

    @Override
    public String id() {
        return "pim";
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public void contribute(ModuleContributions contributions) {
        for (String entity : ENTITIES) {
            contributions.entityDefinitions(PimModule.class, "entities/" + entity + ".json");
        }
        Codes codes = new Codes();
        for (String entity : WITH_CODES) {
            contributions.recordHook(entity, codes);
        }
        contributions.recordHook("Product", new Ean())
                .recordHook("Product", new Readiness())
                .recordHook("Category", Hierarchy.CATEGORIES)
                .recordHook(Hierarchy.CATEGORIES.relation, Hierarchy.CATEGORIES)
                .recordHook("Product", Hierarchy.PRODUCTS)
                .recordHook(Hierarchy.PRODUCTS.relation, Hierarchy.PRODUCTS)
                .recordHook(AttributeValues.ENTITY, new AttributeValues())
                .recordAction("Product", "POST", AttributeValueRoutes.UPSERT, AttributeValueRoutes::upsert)
                .recordAction("Product", "DELETE", AttributeValueRoutes.VALUES, AttributeValueRoutes::delete)
                .recordAction("Product", "GET", AttributeValueRoutes.VALUES, AttributeValueReads::read)
                .readExtension("Product", AttributeValueReads.PARAMETERS, AttributeValueReads.KEY,
                        AttributeValueReads.extension())
                .whereItem("Product", AttributeFilter.FLAG, new AttributeFilter())
                .demoData(new DemoCatalogue());
    }
}
