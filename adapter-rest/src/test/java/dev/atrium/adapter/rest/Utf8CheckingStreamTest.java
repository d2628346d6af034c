package dev.atrium.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.atrium.domain.DomainException;

/** The body passes through unchanged when it is well-formed UTF-8, and fails at the first malformed byte otherwise. */
class Utf8CheckingStreamTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": \"plain\"}", "ÿ äöü ß", "€ 中文 ‰", "👋🏽 𝄞 \uD83D\uDE00", "\u007f\u0080\u07ff\u0800\uffff"})
    void wellFormedTextPassesUnchanged(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(read(bytes)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"80", "c3", "ff", "fe", "c0af", "c080", "c1bf", "e080af", "eda080", "edbfbf", "f08f8080",
        "f4908080", "f5808080", "f8888080 80", "e282", "41c328"})
    void malformedBytesFailTheRead(String hex) {
        byte[] bytes = HexFormat.of().parseHex(("7b22" + hex + "227d").replace(" ", ""));

        assertThatThrownBy(() -> read(bytes)).isInstanceOf(IOException.class)
                .cause().isInstanceOf(DomainException.class).hasMessageStartingWith("The request body is not valid UTF-8 (at byte");
    }

    @ParameterizedTest
    @ValueSource(strings = {"c3", "e282", "f09f98"})
    void aSequenceCutOffAtTheEndFailsToo(String hex) {
        assertThatThrownBy(() -> read(HexFormat.of().parseHex("41" + hex))).isInstanceOf(IOException.class);
    }

    private static byte[] read(byte[] bytes) throws IOException {
        try (Utf8CheckingStream in = new Utf8CheckingStream(new ByteArrayInputStream(bytes))) {
            byte[] first = new byte[1];
            int n = in.read(first);
            byte[] rest = in.readAllBytes();
            byte[] all = new byte[Math.max(n, 0) + rest.length];
            System.arraycopy(first, 0, all, 0, Math.max(n, 0));
            System.arraycopy(rest, 0, all, Math.max(n, 0), rest.length);
            return all;
        }
    }
}
