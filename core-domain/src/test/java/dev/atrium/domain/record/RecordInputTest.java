package dev.atrium.domain.record;

import static dev.atrium.domain.record.Gadgets.GADGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.atrium.domain.DomainException;

class RecordInputTest {

    private static final Map<String, Object> MINIMAL = Map.of("name", "Widget", "tags", List.of("new"));

    private static Map<String, Object> minimalWith(String attribute, Object value) {
        Map<String, Object> body = new HashMap<>(MINIMAL);
        body.put(attribute, value);
        return body;
    }

    private static List<FieldError> createErrors(Map<String, ?> body) {
        return ValidationFailures.of(() -> RecordInput.forCreate(GADGET, body)).errors();
    }

    @Test
    void createTypesTheValuesAndAppliesDefaults() {
        Map<String, Object> values = RecordInput.forCreate(GADGET, minimalWith("quantity", 3));

        assertThat(values).containsOnly(entry("name", "Widget"), entry("tags", List.of("new")),
                entry("quantity", 3L), entry("status", "draft"));
    }

    @Test
    void createKeepsAnExplicitValueOverTheDefault() {
        assertThat(RecordInput.forCreate(GADGET, minimalWith("status", "done"))).containsEntry("status", "done");
    }

    @Test
    void createReportsAMissingRequiredField() {
        assertThat(createErrors(Map.of("tags", List.of("x"))))
                .singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("name");
                    assertThat(error.code()).isEqualTo("required");
                    assertThat(error.message()).contains("'name'");
                });
    }

    @Test
    void blankTextAndEmptyListsCountAsMissing() {
        assertThat(createErrors(Map.of("name", "  ", "tags", List.of())))
                .extracting(FieldError::field, FieldError::code)
                .containsExactlyInAnyOrder(tuple("name", "required"),
                        tuple("tags", "required"));
    }

    @Test
    void anUnknownAttributeIsRefused() {
        assertThat(createErrors(minimalWith("colour", "red"))).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("colour");
            assertThat(error.code()).isEqualTo("unknownField");
            assertThat(error.message()).contains("'colour'", "Gadget");
        });
    }

    @Test
    void theLinkIsWrittenUnderItsIdAttributeOnly() {
        assertThat(RecordInput.forCreate(GADGET, minimalWith("makerId", "m-1"))).containsEntry("makerId", "m-1");
        assertThat(createErrors(minimalWith("maker", "m-1"))).extracting(FieldError::code).containsExactly("unknownField");
    }

    @Test
    void systemComputedAndReadOnlyAttributesAreIgnoredSilently() {
        Map<String, Object> body = new HashMap<>(MINIMAL);
        body.put("createdAt", "2020-01-01 00:00:00");
        body.put("modifiedAt", "not even a date");
        body.put("deleted", true);
        body.put("createdById", "someone");
        body.put("createdByName", "Someone");
        body.put("modifiedByName", "Someone");
        body.put("makerName", "Acme");
        body.put("score", 99);

        assertThat(RecordInput.forCreate(GADGET, body))
                .doesNotContainKeys("createdAt", "modifiedAt", "deleted", "createdById", "createdByName",
                        "modifiedByName", "makerName", "score");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gadget-1", "A", "0:a.b_c-d"})
    void anAcceptableClientIdIsKept(String id) {
        assertThat(RecordIds.isAcceptable(id)).isTrue();
        assertThat(RecordInput.forCreate(GADGET, minimalWith("id", id))).containsEntry("id", id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-leading-dash", "a/b", "a b", "ä"})
    void anUnacceptableClientIdIsRefused(String id) {
        assertThat(RecordIds.isAcceptable(id)).isFalse();
        assertThat(createErrors(minimalWith("id", id))).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("id");
            assertThat(error.code()).isEqualTo("pattern");
        });
    }

    @Test
    void aClientIdMayHoldUpTo64Characters() {
        assertThat(RecordInput.forCreate(GADGET, minimalWith("id", "x".repeat(64)))).containsKey("id");
        assertThat(createErrors(minimalWith("id", "x".repeat(65)))).extracting(FieldError::field).containsExactly("id");
    }

    @Test
    void aNonStringClientIdIsRefused() {
        assertThat(createErrors(minimalWith("id", 42))).extracting(FieldError::field).containsExactly("id");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, Object> body = Map.of("tags", "not a list", "quantity", "3", "colour", "red");

        ValidationException failure = ValidationFailures.of(() -> RecordInput.forCreate(GADGET, body));

        assertThat(failure.kind()).isEqualTo(DomainException.Kind.INVALID);
        assertThat(failure.errors()).extracting(FieldError::field, FieldError::code).contains(
                tuple("tags", "type"),
                tuple("quantity", "type"),
                tuple("colour", "unknownField"),
                tuple("name", "required"));
        assertThat(failure.getMessage()).contains("more)");
    }

    @Test
    void aValueOfTheWrongTypeIsNotAlsoReportedAsMissing() {
        assertThat(createErrors(minimalWith("name", 7)))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("name", "type"));
    }
}
