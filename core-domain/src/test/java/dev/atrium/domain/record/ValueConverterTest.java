package dev.atrium.domain.record;

import static dev.atrium.domain.record.Conversions.accepted;
import static dev.atrium.domain.record.Conversions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;

class ValueConverterTest {

    private static FieldDefinition field(FieldType type) {
        return FieldDefinition.builder("subject", type).options(List.of("a", "b")).build();
    }

    @ParameterizedTest
    @EnumSource(FieldType.class)
    void nullPassesThroughAsNullWithoutErrors(FieldType type) {
        List<FieldError> errors = new ArrayList<>();

        Object value = ValueConverter.convert(field(type), "subject", null, errors::add);

        assertThat(value).isNull();
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = FieldType.class, names = {"VARCHAR", "TEXT", "ENUM", "EMAIL", "URL", "LINK"})
    void stringTypesRefuseNonStrings(FieldType type) {
        FieldError error = refused(field(type), 12, "type");

        assertThat(error.message()).contains("a string");
    }

    @Test
    void varcharKeepsTheText() {
        assertThat(accepted(field(FieldType.VARCHAR), "Hello")).isEqualTo("Hello");
    }

    @Test
    void aPasswordMayHave72BytesOfUtf8AndNoMore() {
        FieldDefinition password = field(FieldType.PASSWORD);

        assertThat(accepted(password, "p".repeat(72))).isEqualTo("p".repeat(72));
        assertThat(refused(password, "p".repeat(73), "maxLength").message()).contains("72 bytes");
        assertThat(refused(password, "\u20ac".repeat(25), "maxLength").message()).startsWith("'subject'");
    }

    @Test
    void maxLengthCountsCodePointsNotChars() {
        FieldDefinition threeLong = FieldDefinition.builder("title", FieldType.VARCHAR).maxLength(3).build();
        String threeEmoji = "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00";

        assertThat(accepted(threeLong, threeEmoji)).isEqualTo(threeEmoji);
        FieldError error = refused(threeLong, "abcd", "maxLength");
        assertThat(error.message()).contains("3");
    }

    @Test
    void varcharIsBoundedTo255ByDefault() {
        FieldDefinition title = FieldDefinition.builder("title", FieldType.VARCHAR).build();

        accepted(title, "x".repeat(255));
        refused(title, "x".repeat(256), "maxLength");
    }

    @Test
    void textIsUnboundedByDefault() {
        FieldDefinition body = FieldDefinition.builder("body", FieldType.TEXT).build();

        assertThat(accepted(body, "x".repeat(100_000))).asString().hasSize(100_000);
    }

    @Test
    void patternMustMatchTheWholeValueButEmptyTextPasses() {
        FieldDefinition sku = FieldDefinition.builder("sku", FieldType.VARCHAR).pattern(Pattern.compile("[A-Z]{3}")).build();

        accepted(sku, "ABC");
        accepted(sku, "");
        refused(sku, "ABCD", "pattern");
        refused(sku, "abc", "pattern");
    }

    @Test
    void enumAcceptsItsOptionsAndTheEmptyString() {
        FieldDefinition status = FieldDefinition.builder("status", FieldType.ENUM).options(List.of("draft", "done")).build();

        assertThat(accepted(status, "done")).isEqualTo("done");
        accepted(status, "");
        FieldError error = refused(status, "Done", "options");
        assertThat(error.message()).contains("draft", "done");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.com", "a.b+c@mail.example.org"})
    void emailAcceptsAddresses(String address) {
        assertThat(accepted(field(FieldType.EMAIL), address)).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann", "ann@example", "ann@@example.com", "an n@example.com"})
    void emailRefusesNonAddresses(String text) {
        refused(field(FieldType.EMAIL), text, "email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "https://example.com/a?b=c", "ftp://files.example.com/x", "HTTPS://EXAMPLE.COM"})
    void urlAcceptsWebAndFtpAddresses(String url) {
        assertThat(accepted(field(FieldType.URL), url)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "mailto:ann@example.com", "file:///etc/passwd", "http:///path", "http://exa mple.com"})
    void urlNeedsAKnownSchemeAndAHost(String text) {
        refused(field(FieldType.URL), text, "url");
    }

    @Test
    void boolAcceptsOnlyJsonBooleans() {
        FieldDefinition active = field(FieldType.BOOL);

        assertThat(accepted(active, true)).isEqualTo(true);
        assertThat(accepted(active, false)).isEqualTo(false);
        refused(active, 1, "type");
        refused(active, "true", "type");
    }

    @Test
    void linkTakesAnIdStringUnderItsAttribute() {
        FieldDefinition maker = field(FieldType.LINK);

        assertThat(accepted(maker, "m-1")).isEqualTo("m-1");
        assertThat(refused(maker, 5, "type").field()).isEqualTo("subjectId");
    }

    @Test
    void linkMultipleIsNeverWritableAsAValue() {
        refused(field(FieldType.LINK_MULTIPLE), List.of("a"), "type");
    }
}
