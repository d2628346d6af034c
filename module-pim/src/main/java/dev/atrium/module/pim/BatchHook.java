package dev.atrium.module.pim;

import java.util.List;
import java.util.Map;

import dev.atrium.application.spi.RecordHook;
import dev.atrium.application.spi.RecordWrite;
import dev.atrium.domain.DomainException;

/** A hook whose rule is written for a batch: a single write is a batch of one. */
interface BatchHook extends RecordHook {

    @Override
    default void beforeWrite(RecordWrite write) {
        DomainException refused = beforeWriteAll(List.of(write)).get(write);
        if (refused != null) {
            throw refused;
        }
    }

    @Override
    Map<RecordWrite, DomainException> beforeWriteAll(List<RecordWrite> writes);
}
