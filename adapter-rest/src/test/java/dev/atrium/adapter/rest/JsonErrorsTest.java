package dev.atrium.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.atrium.domain.DomainException;

/** What is wrong with a JSON body is said in the caller's terms, never in Jackson's. */
class JsonErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\": 1} {\"b\": 2}   | Malformed JSON: there is more after the JSON value (line 1, column 10).",
        "{\"a\": 1, \"a\": 2}    | Malformed JSON: Duplicate field 'a' (line 1, column 13).",
        "{\"a\": NaN}            | Malformed JSON: Non-standard token 'NaN' (line 1, column 10).",
        "{\"a\": 1 /* c */}      | Malformed JSON: Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (line 1, column 9).",
        "{\"a\": [1              | Malformed JSON: Unexpected end-of-input: expected close marker for Array (line 1, column 9).",
        "{\"a\": 012}            | Malformed JSON: Invalid numeric value: Leading zeroes not allowed (line 1, column 8)."})
    void malformedJsonIsDescribedWithoutLibraryNames(String body, String expected) {
        assertThat(reason(body)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[| 1001 | ] | arrays and objects are nested more than 1000 levels deep",
        "{\"a\": 1| 1001 | 0} | a number has more than 1000 digits"})
    void limitsAreNamedWithTheirValue(String prefix, int times, String suffix, String expected) {
        String unit = prefix.equals("[") ? "[" : "1";
        String body = prefix.equals("[") ? "[".repeat(times) + "]".repeat(times) : prefix + unit.repeat(times) + suffix;

        assertThat(reason(body)).startsWith("Malformed JSON: " + expected).doesNotContain("`").doesNotContain("Constraints");
    }

    private static String reason(String body) {
        return catchThrowableOfType(DomainException.class,
                () -> Json.readTree(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))).getMessage();
    }
}
