package dev.atrium.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {

    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Test
    void aHashMatchesItsPasswordOnly() {
        String hash = hasher.hash("correct horse");

        assertThat(hash).startsWith("$2").doesNotContain("correct horse");
        assertThat(hasher.matches("correct horse", hash)).isTrue();
        assertThat(hasher.matches("wrong horse", hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(hasher.hash("secret")).isNotEqualTo(hasher.hash("secret"));
    }

    @Test
    void aPasswordLongerThanBcryptReadsNeverMatchesNorThrows() {
        String hash = hasher.hash("p".repeat(72));

        assertThat(hasher.matches("p".repeat(72), hash)).isTrue();
        assertThat(hasher.matches("p".repeat(73), hash)).isFalse();
        assertThat(hasher.matches("p".repeat(5000), hash)).isFalse();
        assertThatThrownBy(() -> hasher.hash("p".repeat(73))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void somethingThatIsNotABcryptHashMatchesNothing() {
        assertThat(hasher.matches("secret", "secret")).isFalse();
        assertThat(hasher.matches("secret", null)).isFalse();
    }
}
