package dev.atrium.application.service;

import java.util.function.Supplier;

import dev.atrium.application.port.out.ConcurrentWriteException;
import dev.atrium.application.port.out.DuplicateKeyException;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.record.ValidationException;

/**
 * Runs a write in a transaction and, when a concurrent writer got in its way (the database refused a
 * unique value or a link pair taken a moment earlier, or a deadlock), runs it again from the start: it
 * then reads what the other writer stored, so a repeated link becomes a no-op and a taken value a 400
 * naming the field. Only a conflict that outlasts every attempt is answered as such.
 */
final class ConflictRetries {

    static final int ATTEMPTS = 3;

    private ConflictRetries() {
    }

    static <T> T inTransaction(UnitOfWork unitOfWork, EntityDefinition entity, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return unitOfWork.inTransaction(work);
            } catch (DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw ValidationException.of(null, "notUnique", "Such " + entity.name() + " already exists "
                            + "(a unique value was taken at the same moment).");
                }
            } catch (ConcurrentWriteException e) {
                if (attempt == ATTEMPTS) {
                    throw new DomainException(DomainException.Kind.CONFLICT, "The " + entity.name() + " records were "
                            + "changed by another request at the same moment; send the request again.");
                }
            }
        }
    }
}
