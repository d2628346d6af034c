package dev.atrium.adapter.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void showsChangedAddedAndRemovedLinesWithTheirNumbers() {
        String diff = LineDiff.between("a\nb\nc\nd", "a\nB\nc\nd\ne");

        assertThat(diff).isEqualTo(String.join("\n",
                "-    2 b",
                "+    2 B",
                "+    5 e"));
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(LineDiff.between("a\nb", "a\nb")).isEmpty();
    }
}
