package dev.atrium.application.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.EntityFeature;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.record.RecordIds;
import dev.atrium.domain.security.Principal;

/** What the platform writes into every record itself: ids, the time, who wrote it, and password hashes. */
final class Stamps {

    private final Clock clock;
    private final RecordIds ids;
    private final PasswordHasher passwords;

    Stamps(Clock clock, PasswordHasher passwords) {
        this.clock = clock;
        this.ids = new RecordIds(clock);
        this.passwords = passwords;
    }

    String nextId() {
        return ids.next();
    }

    /** The time of a write, to the second, in UTC. */
    LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * A new record's row: its values with the system fields stamped (id, live, created and modified
     * now by the caller) and, on an entity with an owner, the caller as owner unless one is given.
     */
    Map<String, Object> newRow(EntityDefinition entity, Principal caller, String id, Map<String, Object> values,
            LocalDateTime now) {
        Map<String, Object> row = SizedMaps.forEntries(values.size() + 8);
        row.putAll(values);
        hashPasswords(entity, row);
        row.put(SystemFields.ID, id);
        row.put(SystemFields.DELETED, false);
        row.put(SystemFields.CREATED_AT, now);
        row.put(SystemFields.MODIFIED_AT, now);
        row.put(SystemFields.CREATED_BY_ID, caller.userId());
        row.put(SystemFields.MODIFIED_BY_ID, caller.userId());
        row.put(SystemFields.ROW_VERSION, 1L);
        if (entity.has(EntityFeature.OWNER) && row.get("ownerUserId") == null && caller != Principal.SYSTEM) {
            row.put("ownerUserId", caller.userId());
        }
        return row;
    }

    /** An update's changes with passwords hashed and the modification stamped. */
    Map<String, Object> changes(EntityDefinition entity, Principal caller, Map<String, Object> values, LocalDateTime now) {
        Map<String, Object> changes = SizedMaps.forEntries(values.size() + 2);
        changes.putAll(values);
        hashPasswords(entity, changes);
        changes.put(SystemFields.MODIFIED_AT, now);
        changes.put(SystemFields.MODIFIED_BY_ID, caller.userId());
        return changes;
    }

    /** Password values are stored only as their slow hash. */
    private void hashPasswords(EntityDefinition entity, Map<String, Object> values) {
        for (FieldDefinition field : entity.storedFields()) {
            if (field.type() == FieldType.PASSWORD && values.get(field.attribute()) instanceof String password
                    && !password.isEmpty() && !field.readOnly()) {
                values.put(field.attribute(), passwords.hash(password));
            }
        }
    }
}
