package dev.atrium.domain.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dev.atrium.domain.metadata.FieldDefinition;

/** Runs {@link ValueConverter} on one value and checks what it reported. */
final class Conversions {

    private Conversions() {
    }

    static Object accepted(FieldDefinition field, Object raw) {
        List<FieldError> errors = new ArrayList<>();
        Object value = ValueConverter.convert(field, field.attribute(), raw, errors::add);
        assertThat(errors).as("errors for %s", raw).isEmpty();
        return value;
    }

    /** Asserts exactly one error with {@code code}, about the field's attribute and naming it. */
    static FieldError refused(FieldDefinition field, Object raw, String code) {
        List<FieldError> errors = new ArrayList<>();
        ValueConverter.convert(field, field.attribute(), raw, errors::add);
        assertThat(errors).as("errors for %s", raw).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(code);
            assertThat(error.field()).isEqualTo(field.attribute());
            assertThat(error.message()).contains("'" + field.attribute() + "'");
        });
        return errors.get(0);
    }
}
