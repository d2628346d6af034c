package dev.atrium.domain.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

final class ValidationFailures {

    private ValidationFailures() {
    }

    /** Runs {@code call}, asserting that it fails validation; returns the failure. */
    static ValidationException of(ThrowingCallable call) {
        ValidationException failure = catchThrowableOfType(ValidationException.class, call);
        assertThat(failure).as("validation failure").isNotNull();
        return failure;
    }
}
