package dev.atrium.application.service;

import static dev.atrium.application.service.Workshop.START_UTC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.atrium.application.port.in.DeleteRecordCommand;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.Principal;

class RecordServiceDeleteTest {

    private final Workshop workshop = new Workshop();
    private final EntityDefinition gadgets = workshop.catalog.require("Gadget");

    private void delete(String id, boolean permanently) {
        workshop.service.delete(new DeleteRecordCommand(Principal.SYSTEM, "Gadget", id, permanently));
    }

    private DomainException.Kind failureOfDelete(String id, boolean permanently) {
        DomainException failure = catchThrowableOfType(DomainException.class, () -> delete(id, permanently));
        assertThat(failure).as("delete failure").isNotNull();
        return failure.kind();
    }

    private Record stored(String id) {
        return workshop.unitOfWork.readOnly(() -> workshop.repository.findById(gadgets, id, true)).orElse(null);
    }

    @Test
    void aSoftDeleteHidesTheRecordButKeepsItMarked() {
        Record kept = workshop.gadget("Kept");
        Record gadget = workshop.gadget("Widget");
        workshop.clock.advance(Duration.ofSeconds(30));

        delete(gadget.id(), false);

        DomainException failure = catchThrowableOfType(DomainException.class, () -> workshop.get("Gadget", gadget.id()));
        assertThat(failure.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(workshop.list("Gadget", 0, null, null, null).list()).extracting(Record::id).containsExactly(kept.id());
        assertThat(stored(gadget.id())).returns(true, Record::isDeleted)
                .returns(START_UTC.plusSeconds(30), record -> record.get("modifiedAt"));
    }

    @Test
    void aSoftDeletedRecordCannotBeSoftDeletedAgain() {
        Record gadget = workshop.gadget("Widget");
        delete(gadget.id(), false);

        assertThat(failureOfDelete(gadget.id(), false)).isEqualTo(DomainException.Kind.NOT_FOUND);
    }

    @Test
    void aPermanentDeleteRemovesTheRecord() {
        Record gadget = workshop.gadget("Widget", "id", "widget-1");

        delete(gadget.id(), true);

        assertThat(stored(gadget.id())).isNull();
        assertThat(workshop.gadget("Again", "id", "widget-1").id()).isEqualTo("widget-1");
    }

    @Test
    void aPermanentDeleteAlsoRemovesASoftDeletedRecord() {
        Record gadget = workshop.gadget("Widget");
        delete(gadget.id(), false);

        delete(gadget.id(), true);

        assertThat(stored(gadget.id())).isNull();
    }

    @Test
    void deletingAMissingRecordIsNotFound() {
        assertThat(failureOfDelete("nope", false)).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(failureOfDelete("nope", true)).isEqualTo(DomainException.Kind.NOT_FOUND);
    }
}
