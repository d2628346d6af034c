package dev.atrium.application.port.in;

import java.util.Map;

import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.Principal;

/**
 * The Entity Manager: admins create, change and delete entities ({@code Entity}) and fields
 * ({@code EntityField}) while Atrium runs; each change is in force, in the schema, the API and the
 * document, when the call returns.
 */
public interface ShapeModelUseCase {

    /** @param resource {@code Entity} or {@code EntityField} */
    Record create(Principal caller, String resource, Map<String, ?> input);

    UpdateRecordResult update(Principal caller, String resource, String id, Map<String, ?> input);

    /** @param permanently drop the data as well; otherwise the table or column is kept under another name */
    void delete(Principal caller, String resource, String id, boolean permanently);
}
