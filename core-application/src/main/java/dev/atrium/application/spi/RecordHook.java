package dev.atrium.application.spi;

/** Code a module runs whenever a record of its entity is about to be written: to normalise or to refuse. */
@FunctionalInterface
public interface RecordHook {

    /**
     * Called inside the write's transaction, after the input was checked against the entity's
     * definition and before anything is written. May change {@link RecordWrite#values()}; refuses
     * the write by throwing {@link dev.atrium.domain.record.ValidationException}.
     */
    void beforeWrite(RecordWrite write);
}
