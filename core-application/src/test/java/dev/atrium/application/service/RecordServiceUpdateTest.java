package dev.atrium.application.service;

import static dev.atrium.application.service.Workshop.START_UTC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.atrium.application.port.in.DeleteRecordCommand;
import dev.atrium.application.port.in.UpdateRecordCommand;
import dev.atrium.application.port.in.UpdateRecordResult;
import dev.atrium.application.testing.InMemoryRecordRepository;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.record.FieldError;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValidationException;
import dev.atrium.domain.security.Principal;

class RecordServiceUpdateTest {

    private final Workshop workshop = new Workshop();

    private UpdateRecordResult update(String id, Map<String, ?> attributes) {
        return workshop.service.update(new UpdateRecordCommand(Principal.SYSTEM, "Gadget", id, attributes));
    }

    private List<FieldError> errorsOf(String id, Map<String, ?> attributes) {
        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> update(id, attributes));
        assertThat(failure).as("validation failure").isNotNull();
        return failure.errors();
    }

    @Test
    void identicalValuesChangeNothingAndWriteNothing() {
        Record maker = workshop.maker("Acme");
        Record gadget = workshop.gadget("Widget", "stock", 3, "colours", List.of("red"), "makerId", maker.id());
        InMemoryRecordRepository.Snapshot before = workshop.repository.snapshot();
        workshop.clock.advance(Duration.ofMinutes(5));

        UpdateRecordResult result = update(gadget.id(), Map.of("name", "Widget", "stock", 3, "colours", List.of("red")));

        assertThat(result.changed()).isFalse();
        assertThat(result.record()).isEqualTo(gadget);
        assertThat(result.record().get("modifiedAt")).isEqualTo(START_UTC);
        assertThat(result.record().linkNames()).containsEntry("maker", "Acme");
        assertThat(workshop.repository.snapshot()).isEqualTo(before);
    }

    @Test
    void aChangeIsWrittenAndMovesModifiedAtOnly() {
        Record gadget = workshop.gadget("Widget", "stock", 3, "notes", "keep me");
        workshop.clock.advance(Duration.ofSeconds(90));

        UpdateRecordResult result = update(gadget.id(), Map.of("stock", 4));

        assertThat(result.changed()).isTrue();
        assertThat(result.record().values()).containsEntry("stock", 4L).containsEntry("notes", "keep me")
                .containsEntry("createdAt", START_UTC).containsEntry("modifiedAt", START_UTC.plusSeconds(90));
        assertThat(workshop.get("Gadget", gadget.id())).isEqualTo(result.record());
    }

    @Test
    void aDeletedOrMissingRecordIsNotFound() {
        Record gadget = workshop.gadget("Widget");
        workshop.service.delete(new DeleteRecordCommand(Principal.SYSTEM, "Gadget", gadget.id(), false));

        for (String id : List.of(gadget.id(), "nope")) {
            DomainException failure = catchThrowableOfType(DomainException.class, () -> update(id, Map.of("stock", 1)));
            assertThat(failure.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
            assertThat(failure).hasMessageContaining("'" + id + "'");
        }
    }

    @Test
    void aRecordMayKeepItsUniqueValueButNotTakeAnother() {
        Record first = workshop.gadget("First", "code", "A-1");
        workshop.gadget("Second", "code", "B-1");

        assertThat(update(first.id(), Map.of("code", "A-1", "stock", 2)).changed()).isTrue();
        assertThat(errorsOf(first.id(), Map.of("code", "B-1")))
                .extracting(FieldError::field, FieldError::code).containsExactly(tuple("code", "notUnique"));
        assertThat(workshop.get("Gadget", first.id()).get("code")).isEqualTo("A-1");
    }

    @Test
    void aLinkMayOnlyBeMovedToAnExistingMaker() {
        Record acme = workshop.maker("Acme");
        Record globex = workshop.maker("Globex");
        Record gadget = workshop.gadget("Widget", "makerId", acme.id());

        UpdateRecordResult moved = update(gadget.id(), Map.of("makerId", globex.id()));

        assertThat(moved.record().linkNames()).containsExactly(Map.entry("maker", "Globex"));
        assertThat(errorsOf(gadget.id(), Map.of("makerId", "no-such-maker"))).extracting(FieldError::code)
                .containsExactly("notFound");
    }

    @Test
    void aRequiredFieldCannotBeEmptiedButALinkCanBeCleared() {
        Record acme = workshop.maker("Acme");
        Record gadget = workshop.gadget("Widget", "makerId", acme.id());
        Map<String, Object> clearName = new HashMap<>();
        clearName.put("name", null);
        Map<String, Object> clearMaker = new HashMap<>();
        clearMaker.put("makerId", null);

        assertThat(errorsOf(gadget.id(), clearName)).extracting(FieldError::code).containsExactly("required");
        UpdateRecordResult cleared = update(gadget.id(), clearMaker);

        assertThat(cleared.record().get("makerId")).isNull();
        assertThat(cleared.record().linkNames()).containsEntry("maker", null);
    }
}
