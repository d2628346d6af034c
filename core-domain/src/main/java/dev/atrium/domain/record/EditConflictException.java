package dev.atrium.domain.record;

import java.util.List;

/**
 * An update carrying the values its client last saw ({@code _prev}) that no longer match what is
 * stored: another writer changed those fields meanwhile, so nothing is written (409).
 */
public class EditConflictException extends ValidationException {

    public EditConflictException(String entity, String id, List<String> fields) {
        super(Kind.CONFLICT, entity + " '" + id + "' was changed by someone else meanwhile: " + String.join(", ", fields)
                + ". Read it again, or send '_skipCheckForConflicts': true to overwrite.", fields.stream()
                .map(field -> new FieldError(field, "conflict", "'" + field + "' no longer holds the value last seen."))
                .toList());
    }
}
