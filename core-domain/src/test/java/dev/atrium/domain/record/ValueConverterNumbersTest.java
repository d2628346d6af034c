package dev.atrium.domain.record;

import static dev.atrium.domain.record.Conversions.accepted;
import static dev.atrium.domain.record.Conversions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;

class ValueConverterNumbersTest {

    private static final FieldDefinition QUANTITY = FieldDefinition.builder("quantity", FieldType.INT).build();
    private static final FieldDefinition PRICE = FieldDefinition.builder("price", FieldType.FLOAT).build();

    @Test
    void intAcceptsWholeNumbersOfAnyJsonNumberClassAsLong() {
        assertThat(accepted(QUANTITY, 12)).isEqualTo(12L);
        assertThat(accepted(QUANTITY, 12L)).isEqualTo(12L);
        assertThat(accepted(QUANTITY, 12.0)).isEqualTo(12L);
        assertThat(accepted(QUANTITY, new BigInteger("9000000000"))).isEqualTo(9_000_000_000L);
        assertThat(accepted(QUANTITY, new BigDecimal("7.00"))).isEqualTo(7L);
    }

    @Test
    void intRefusesTextFractionsAndBooleans() {
        refused(QUANTITY, "12", "type");
        refused(QUANTITY, 1.5, "type");
        refused(QUANTITY, new BigDecimal("1.5"), "type");
        refused(QUANTITY, true, "type");
    }

    @Test
    void intRefusesNumbersBeyondLong() {
        refused(QUANTITY, new BigInteger("9223372036854775808"), "type");
        refused(QUANTITY, 1e19, "type");
    }

    @Test
    void intChecksMinAndMaxInclusively() {
        FieldDefinition stock = FieldDefinition.builder("stock", FieldType.INT).min(0.0).max(10.0).build();

        accepted(stock, 0);
        accepted(stock, 10);
        assertThat(refused(stock, -1, "min").message()).contains("less than 0.");
        assertThat(refused(stock, 11, "max").message()).contains("greater than 10.");
    }

    @Test
    void floatAcceptsAnyFiniteNumberAsDouble() {
        assertThat(accepted(PRICE, 1.5)).isEqualTo(1.5);
        assertThat(accepted(PRICE, 3)).isEqualTo(3.0);
        assertThat(accepted(PRICE, new BigDecimal("2.25"))).isEqualTo(2.25);
    }

    @Test
    void floatRefusesNonNumbersAndNonFiniteValues() {
        refused(PRICE, "1.5", "type");
        refused(PRICE, false, "type");
        refused(PRICE, Double.NaN, "type");
        refused(PRICE, Double.POSITIVE_INFINITY, "type");
    }

    @Test
    void floatChecksMinAndMax() {
        FieldDefinition ratio = FieldDefinition.builder("ratio", FieldType.FLOAT).min(0.5).max(1.5).build();

        accepted(ratio, 0.5);
        assertThat(refused(ratio, 0.49, "min").message()).contains("0.5");
        assertThat(refused(ratio, 1.51, "max").message()).contains("1.5");
    }
}
