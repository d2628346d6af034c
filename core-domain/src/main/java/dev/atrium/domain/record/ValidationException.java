package dev.atrium.domain.record;

import java.util.List;

import dev.atrium.domain.DomainException;

/** Input that breaks the entity's rules; carries every field error found, not only the first. */
public class ValidationException extends DomainException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(Kind.INVALID, summary(errors));
        this.errors = List.copyOf(errors);
    }

    /** The errors under a message of the caller's own (which record of many they belong to). */
    public ValidationException(String message, List<FieldError> errors) {
        this(Kind.INVALID, message, errors);
    }

    /** Field errors of another kind than invalid input: an edit conflict names the fields changed meanwhile. */
    protected ValidationException(Kind kind, String message, List<FieldError> errors) {
        super(kind, message);
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String code, String message) {
        return new ValidationException(List.of(new FieldError(field, code, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one error");
        }
        String first = "Validation failed. " + errors.get(0).message();
        return errors.size() == 1 ? first : first + " (and " + (errors.size() - 1) + " more)";
    }
}
