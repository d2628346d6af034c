package dev.atrium.application.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.atrium.domain.DomainException;

/** Code a module runs whenever a record of its entity is about to be written: to normalise or to refuse. */
@FunctionalInterface
public interface RecordHook {

    /**
     * Called inside the write's transaction, after the input was checked against the entity's
     * definition and before anything is written. May change {@link RecordWrite#values()}; refuses
     * the write by throwing {@link dev.atrium.domain.record.ValidationException}.
     */
    void beforeWrite(RecordWrite write);

    /**
     * The writes of one batch (a chunk of a bulk upsert) together, so that a rule can read what it
     * needs for all of them in one query instead of one per record. By default each write on its own.
     *
     * @return the writes refused, each with why; the others go on
     */
    default Map<RecordWrite, DomainException> beforeWriteAll(List<RecordWrite> writes) {
        Map<RecordWrite, DomainException> refused = new LinkedHashMap<>();
        for (RecordWrite write : writes) {
            try {
                beforeWrite(write);
            } catch (DomainException e) {
                refused.put(write, e);
            }
        }
        return refused;
    }
}
