package dev.atrium.module.pim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void blanksAroundAreDroppedAndInnerWhiteSpaceBecomesOneUnderscore() {
        assertThat(Codes.normalise("  summer \t shoes ")).isEqualTo("summer_shoes");
        assertThat(Codes.normalise("ACME")).isEqualTo("ACME");
        assertThat(Codes.normalise("   ")).isEmpty();
    }
}
