package dev.atrium.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.atrium.domain.DomainException;

class CatalogTest {

    private static final EntityDefinition PRODUCT = entity("Product");
    private static final EntityDefinition PRODUCT_CATEGORY = entity("ProductCategory");
    private static final Catalog CATALOG = new Catalog(3, List.of(PRODUCT, PRODUCT_CATEGORY), List.of("core", "pim"));

    private static EntityDefinition entity(String name) {
        return new EntityDefinition(name, EntityType.BASE, Map.of(), Map.of(), List.of(), null, true, "test");
    }

    @Test
    void findIgnoresCase() {
        assertThat(CATALOG.find("Product")).containsSame(PRODUCT);
        assertThat(CATALOG.find("product")).containsSame(PRODUCT);
        assertThat(CATALOG.find("PRODUCTCATEGORY")).containsSame(PRODUCT_CATEGORY);
        assertThat(CATALOG.find("Brand")).isEmpty();
    }

    @Test
    void requireFailsAsAtroCoreDoesForAnUnknownController() {
        DomainException failure = catchThrowableOfType(DomainException.class, () -> CATALOG.require("Brand"));

        assertThat(failure.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(failure).hasMessage("Controller 'Brand' is not found");
    }

    @Test
    void requireFindsIgnoringCase() {
        assertThat(CATALOG.require("productCategory")).isSameAs(PRODUCT_CATEGORY);
    }

    @Test
    void keepsVersionModulesAndEntityOrder() {
        assertThat(CATALOG.version()).isEqualTo(3);
        assertThat(CATALOG.modules()).containsExactly("core", "pim");
        assertThat(CATALOG.entities()).containsExactly(PRODUCT, PRODUCT_CATEGORY);
    }
}
