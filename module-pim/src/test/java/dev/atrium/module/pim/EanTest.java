package dev.atrium.module.pim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EanTest {

    @ParameterizedTest
    @ValueSource(strings = {"4006381333931", "5901234123457", "96385074", "036000291452", "0000000000000"})
    void realCodesPass(String code) {
        assertThat(Ean.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4006381333932", "5901234123450", "96385075", "036000291453", "400638133393", "40063813339311",
        "400638133393a", ""})
    void aWrongCheckDigitOrLengthFails(String code) {
        assertThat(Ean.isValid(code)).isFalse();
    }
}
