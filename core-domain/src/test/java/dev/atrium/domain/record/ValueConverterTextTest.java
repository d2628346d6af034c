package dev.atrium.domain.record;

import static dev.atrium.domain.record.Conversions.accepted;
import static dev.atrium.domain.record.Conversions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;

/** NUL characters and unpaired surrogates are refused in every text-like value, the same on every database. */
class ValueConverterTextTest {

    @ParameterizedTest
    @EnumSource(value = FieldType.class, names = {"VARCHAR", "TEXT", "ENUM", "LINK", "PASSWORD", "EMAIL", "URL"})
    void aNulCharacterIsRefusedNamingTheField(FieldType type) {
        FieldDefinition field = FieldDefinition.builder("note", type).options(List.of("a\u0000b@c.de")).build();
        List<FieldError> errors = new ArrayList<>();

        ValueConverter.convert(field, "note", "a\u0000b@c.de", errors::add);

        assertThat(errors).contains(new FieldError("note", "characters", "'note' contains a NUL character (U+0000)."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "a\udc00", "\udc00\ud800", "x\ud83d"})
    void anUnpairedSurrogateIsRefused(String text) {
        FieldError error = refused(FieldDefinition.builder("note", FieldType.TEXT).build(), text, "characters");

        assertThat(error.message()).contains("unpaired surrogate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "👋🏽 emoji in pairs", "ÿ äöü", "tab\tand\nnewline", ""})
    void everyOtherTextIsKept(String text) {
        assertThat(accepted(FieldDefinition.builder("note", FieldType.TEXT).build(), text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\ud800"})
    void textInsideJsonValuesIsCheckedAtAnyDepth(String bad) {
        FieldDefinition data = FieldDefinition.builder("data", FieldType.JSON_OBJECT).build();
        FieldDefinition items = FieldDefinition.builder("items", FieldType.ARRAY).build();

        refused(data, Map.of("k", bad), "characters");
        refused(data, Map.of(bad, 1), "characters");
        refused(data, Map.of("deep", List.of(Map.of("k", List.of("ok", bad)))), "characters");
        refused(items, List.of("ok", bad), "characters");
        refused(items, List.of(List.of(Map.of(bad, true))), "characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\ud800"})
    void aMultiEnumItemWithSuchTextIsNoOption(String bad) {
        refused(FieldDefinition.builder("tags", FieldType.MULTI_ENUM).options(List.of("a")).build(), List.of(bad), "options");
    }
}
