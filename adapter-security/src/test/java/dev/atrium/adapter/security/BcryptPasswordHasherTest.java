package dev.atrium.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

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
    void somethingThatIsNotABcryptHashMatchesNothing() {
        assertThat(hasher.matches("secret", "secret")).isFalse();
        assertThat(hasher.matches("secret", null)).isFalse();
    }
}
