package dev.atrium.adapter.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A field's pattern keeps its meaning in the schema, where a pattern matches anywhere in the value. */
class PatternsTest {

    @Test
    void anUnanchoredPatternIsAnchoredBecauseAtriumMatchesTheWholeValue() {
        assertThat(Patterns.forSchema(Pattern.compile("[A-Z]+"), false)).isEqualTo("^(?:[A-Z]+)$");
        assertThat(Patterns.forSchema(Pattern.compile("^a|b$"), false)).as("alternation").isEqualTo("^(?:^a|b$)$");
        assertThat(Patterns.forSchema(Pattern.compile("^a\\$"), false)).as("escaped dollar").isEqualTo("^(?:^a\\$)$");
    }

    @Test
    void anAnchoredPatternIsKeptAsWritten() {
        assertThat(Patterns.forSchema(Pattern.compile("^[0-9]{8}$"), false)).isEqualTo("^[0-9]{8}$");
    }

    @Test
    void anOptionalFieldMayAlsoBeEmptyBecauseAtriumSkipsTheCheckThen() {
        assertThat(Patterns.forSchema(Pattern.compile("^[0-9]{8}$"), true)).isEqualTo("^$|^[0-9]{8}$");
        assertThat(Patterns.forSchema(Pattern.compile("^[a-z]*$"), true)).as("matches empty already").isEqualTo("^[a-z]*$");
    }
}
