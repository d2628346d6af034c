package dev.atrium.domain.record;

import static dev.atrium.domain.record.Gadgets.GADGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RecordInputUpdateTest {

    private static List<FieldError> updateErrors(Map<String, ?> body) {
        return ValidationFailures.of(() -> RecordInput.forUpdate(GADGET, body)).errors();
    }

    @Test
    void returnsOnlyTheGivenValuesWithoutDefaults() {
        assertThat(RecordInput.forUpdate(GADGET, Map.of("quantity", 4))).containsOnly(entry("quantity", 4L));
        assertThat(RecordInput.forUpdate(GADGET, Map.of())).isEmpty();
    }

    @Test
    void mayClearAnOptionalField() {
        Map<String, Object> body = new HashMap<>();
        body.put("quantity", null);

        assertThat(RecordInput.forUpdate(GADGET, body)).containsOnly(entry("quantity", null));
    }

    @Test
    void cannotEmptyARequiredField() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", null);
        body.put("tags", List.of());

        assertThat(updateErrors(body)).extracting(FieldError::field, FieldError::code)
                .containsExactlyInAnyOrder(tuple("name", "required"), tuple("tags", "required"));
        assertThat(updateErrors(Map.of("name", " "))).extracting(FieldError::code).containsExactly("required");
    }

    @Test
    void ignoresSystemAttributesAndRefusesUnknownOnes() {
        assertThat(RecordInput.forUpdate(GADGET, Map.of("id", "other", "modifiedAt", "x", "makerName", "Acme"))).isEmpty();
        assertThat(updateErrors(Map.of("colour", "red"))).extracting(FieldError::code).containsExactly("unknownField");
    }

    @Test
    void checksValuesLikeCreate() {
        assertThat(updateErrors(Map.of("status", "lost", "quantity", 1.5)))
                .extracting(FieldError::field, FieldError::code)
                .containsExactlyInAnyOrder(tuple("status", "options"), tuple("quantity", "type"));
    }

    @Test
    void doesNotReportAWrongTypeAsMissing() {
        assertThat(updateErrors(Map.of("name", List.of("x")))).extracting(FieldError::code).containsExactly("type");
    }
}
