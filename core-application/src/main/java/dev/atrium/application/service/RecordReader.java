package dev.atrium.application.service;

import java.util.List;
import java.util.Optional;

import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.ReadShape;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.AccessLevel;
import dev.atrium.domain.security.EntityAccess;
import dev.atrium.domain.security.Principal;

/**
 * A single record as a read shows it: its values, linked names and to-many ids and names, and the
 * caller's reach checked, all in one repository statement. A second one runs only to tell a record
 * that is not there (404) from one the caller may not read (403).
 */
final class RecordReader {

    private final RecordServices shared;

    RecordReader(RecordServices shared) {
        this.shared = shared;
    }

    /** The record for a read request: 404 when it is not live, 403 when it is beyond the caller's read level. */
    Record get(Principal caller, EntityDefinition entity, String id) {
        EntityAccess access = shared.access.of(caller, entity);
        AccessLevel level = access.read();
        return shared.unitOfWork.readOnly(() -> {
            if (level != AccessLevel.NO) {
                Condition reach = shared.access.scope(caller, entity, level, "read");
                Optional<Record> found = shared.repository.find(entity, id, shape(caller, entity), reach);
                if (found.isPresent() || Condition.TRUE.equals(reach)) {
                    return shown(access, entity, found.orElseThrow(() -> notFound(entity, id)));
                }
            }
            if (shared.repository.liveIds(entity, List.of(id)).isEmpty()) {
                throw notFound(entity, id);
            }
            shared.access.requireRecord(caller, entity, id, level, "read");
            return read(caller, entity, id);
        });
    }

    /** The record as the caller sees it, inside the unit of work that just wrote it. */
    Record read(Principal caller, EntityDefinition entity, String id) {
        Record found = shared.repository.find(entity, id, shape(caller, entity), Condition.TRUE)
                .orElseThrow(() -> notFound(entity, id));
        return shown(shared.access.of(caller, entity), entity, found);
    }

    /** Every link's names (those the caller may read) and every to-many link's ids. */
    private ReadShape shape(Principal caller, EntityDefinition entity) {
        return shared.linkNames.shape(caller, entity, ToManyLinks.of(entity).stream().map(LinkDefinition::name).toList());
    }

    private Record shown(EntityAccess access, EntityDefinition entity, Record record) {
        return shared.access.readable(access, entity, List.of(record)).get(0);
    }

    static DomainException notFound(EntityDefinition entity, String id) {
        return DomainException.notFound(entity.name() + " '" + id + "' is not found.");
    }
}
