package dev.atrium.domain.record;

/**
 * One reason a value was refused.
 *
 * @param field the attribute as the client sent it
 * @param code a stable machine-readable code (required, maxLength, options, type, ...)
 * @param message the sentence shown to people
 */
public record FieldError(String field, String code, String message) {
}
