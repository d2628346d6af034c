package dev.atrium.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamingTest {

    @ParameterizedTest
    @CsvSource({
        "ProductCategory, product_category",
        "brandId,         brand_id",
        "createdAt,       created_at",
        "id,              id",
        "name,            name",
        "URLField,        url_field",
        "productURL,      product_url",
        "productURLId,    product_url_id",
        "HTML,            html",
        "ABTest,          ab_test",
        "address2Line,    address2_line",
        "line2,           line2",
    })
    void toSnakeCaseSeparatesWordsAndKeepsAcronymsTogether(String name, String expected) {
        assertThat(Naming.toSnakeCase(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Product", "P", "Product2", "ProductCategory"})
    void entityNamesStartUpperCaseWithLettersAndDigitsOnly(String name) {
        assertThat(Naming.ENTITY_NAME.matcher(name).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"product", "2Product", "Product_Category", "Prod uct", ""})
    void otherEntityNamesAreRefused(String name) {
        assertThat(Naming.ENTITY_NAME.matcher(name).matches()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"brand", "brandId", "x", "line2"})
    void fieldNamesStartLowerCaseWithLettersAndDigitsOnly(String name) {
        assertThat(Naming.FIELD_NAME.matcher(name).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Brand", "brand_id", "2brand", "brand-id", ""})
    void otherFieldNamesAreRefused(String name) {
        assertThat(Naming.FIELD_NAME.matcher(name).matches()).isFalse();
    }

    @Test
    void namesAreAtMostSixtyCharacters() {
        assertThat(Naming.FIELD_NAME.matcher("a".repeat(60)).matches()).isTrue();
        assertThat(Naming.FIELD_NAME.matcher("a".repeat(61)).matches()).isFalse();
        assertThat(Naming.ENTITY_NAME.matcher("A".repeat(61)).matches()).isFalse();
    }
}
