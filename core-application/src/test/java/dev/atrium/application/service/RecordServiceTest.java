package dev.atrium.application.service;

import static dev.atrium.application.service.Workshop.START;
import static dev.atrium.application.service.Workshop.START_UTC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.atrium.application.port.in.CreateRecordCommand;
import dev.atrium.application.port.in.DeleteRecordCommand;
import dev.atrium.application.testing.InMemoryRecordRepository;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.record.FieldError;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValidationException;
import dev.atrium.domain.security.Principal;

class RecordServiceTest {

    private final Workshop workshop = new Workshop();

    private static FieldError onlyError(ValidationException failure) {
        assertThat(failure).as("validation failure").isNotNull();
        assertThat(failure.errors()).hasSize(1);
        return failure.errors().get(0);
    }

    @Test
    void createMakesATimeOrderedIdAndStampsTheClockInUtcSeconds() {
        Record gadget = workshop.gadget("Widget");

        UUID id = UUID.fromString(gadget.id());
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(START.toEpochMilli());
        assertThat(gadget.values()).containsEntry("createdAt", START_UTC).containsEntry("modifiedAt", START_UTC)
                .containsEntry("deleted", false);
        assertThat(workshop.get("Gadget", gadget.id())).isEqualTo(gadget);
    }

    @Test
    void createAppliesDefaults() {
        Record gadget = workshop.gadget("Widget");

        assertThat(gadget.values()).containsEntry("status", "draft").containsEntry("active", true)
                .containsEntry("code", null).containsEntry("name", "Widget");
    }

    @Test
    void createStoresEveryFieldTypeTyped() {
        Record maker = workshop.maker("Acme");
        Map<String, Object> body = new HashMap<>();
        body.putAll(Map.of("name", "Widget", "code", "W-1", "notes", "long text", "active", false, "stock", 7,
                "price", 9.5, "status", "active", "colours", List.of("red", "blue", "red"), "tags", List.of("a", 1)));
        body.putAll(Map.of("releasedOn", "2024-02-29", "launchedAt", "2024-03-01T01:30:00+02:00",
                "supportEmail", "help@acme.example", "website", "https://acme.example", "specs", Map.of("weight", 2.5),
                "makerId", maker.id()));

        Record gadget = workshop.service.create(new CreateRecordCommand(Principal.SYSTEM, "Gadget", body));

        assertThat(gadget.values()).containsEntry("stock", 7L).containsEntry("price", 9.5)
                .containsEntry("colours", List.of("red", "blue")).containsEntry("tags", List.of("a", 1))
                .containsEntry("releasedOn", LocalDate.of(2024, 2, 29))
                .containsEntry("launchedAt", LocalDateTime.of(2024, 2, 29, 23, 30))
                .containsEntry("specs", Map.of("weight", 2.5)).containsEntry("makerId", maker.id())
                .containsEntry("active", false).containsEntry("website", "https://acme.example");
        assertThat(gadget.linkNames()).containsExactly(Map.entry("maker", "Acme"));
    }

    @Test
    void aClientChosenIdIsKept() {
        Record gadget = workshop.gadget("Widget", "id", "widget-1");

        assertThat(gadget.id()).isEqualTo("widget-1");
        assertThat(workshop.get("gadget", "widget-1").entity()).isEqualTo("Gadget");
    }

    @Test
    void aTakenIdIsAConflictEvenAfterASoftDelete() {
        workshop.gadget("Widget", "id", "widget-1");

        DomainException taken = catchThrowableOfType(DomainException.class, () -> workshop.gadget("Other", "id", "widget-1"));
        workshop.service.delete(new DeleteRecordCommand(Principal.SYSTEM, "Gadget", "widget-1", false));
        DomainException stillTaken = catchThrowableOfType(DomainException.class, () -> workshop.gadget("Other", "id", "widget-1"));

        assertThat(taken.kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(taken).hasMessageContaining("'widget-1'");
        assertThat(stillTaken.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    }

    @Test
    void anUnknownEntityIsNotFound() {
        DomainException failure = catchThrowableOfType(DomainException.class,
                () -> workshop.service.create(new CreateRecordCommand(Principal.SYSTEM, "Widget", Map.of())));

        assertThat(failure.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(failure).hasMessage("Controller 'Widget' is not found");
    }

    @Test
    void anUnknownIdIsNotFound() {
        DomainException failure = catchThrowableOfType(DomainException.class, () -> workshop.get("Gadget", "nope"));

        assertThat(failure.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(failure).hasMessage("Gadget 'nope' is not found.");
    }

    @Test
    void aLinkToAMissingOrDeletedMakerIsRefused() {
        Record gone = workshop.maker("Gone");
        workshop.service.delete(new DeleteRecordCommand(Principal.SYSTEM, "Maker", gone.id(), false));

        for (String makerId : List.of("no-such-maker", gone.id())) {
            FieldError error = onlyError(catchThrowableOfType(ValidationException.class,
                    () -> workshop.gadget("Widget", "makerId", makerId)));
            assertThat(error.field()).isEqualTo("makerId");
            assertThat(error.code()).isEqualTo("notFound");
            assertThat(error.message()).contains("'" + makerId + "'", "Maker");
        }
        assertThat(workshop.list("Gadget", 0, null, null, null).total()).isZero();
    }

    @Test
    void aTakenUniqueValueIsRefusedUntilItsHolderIsSoftDeleted() {
        Record first = workshop.gadget("First", "code", "W-1");

        FieldError error = onlyError(catchThrowableOfType(ValidationException.class,
                () -> workshop.gadget("Second", "code", "W-1")));
        workshop.service.delete(new DeleteRecordCommand(Principal.SYSTEM, "Gadget", first.id(), false));
        Record second = workshop.gadget("Second", "code", "W-1");

        assertThat(error.field()).isEqualTo("code");
        assertThat(error.code()).isEqualTo("notUnique");
        assertThat(second.get("code")).isEqualTo("W-1");
    }

    @Test
    void invalidInputFailsBeforeAnyUnitOfWork() {
        FieldError error = onlyError(catchThrowableOfType(ValidationException.class,
                () -> workshop.gadget("Widget", "stock", -1)));

        assertThat(error.code()).isEqualTo("min");
        assertThat(workshop.unitOfWork.committed() + workshop.unitOfWork.rolledBack()).isZero();
    }

    @Test
    void aUniqueValueTakenByAConcurrentWriterIsRefusedAndTheWorkUndone() {
        Workshop raced = new Workshop(new InMemoryRecordRepository() {
            @Override
            public Optional<String> findIdByKey(EntityDefinition entity, Map<String, Object> key) {
                return Optional.empty();
            }
        }, ListLimits.DEFAULT);
        raced.gadget("First", "code", "W-1");

        FieldError error = onlyError(catchThrowableOfType(ValidationException.class,
                () -> raced.gadget("Second", "code", "W-1")));

        assertThat(error.code()).isEqualTo("notUnique");
        assertThat(error.message()).contains("Gadget");
        assertThat(raced.unitOfWork.rolledBack()).isEqualTo(1);
        assertThat(raced.list("Gadget", 0, null, null, null).total()).isEqualTo(1);
    }
}
