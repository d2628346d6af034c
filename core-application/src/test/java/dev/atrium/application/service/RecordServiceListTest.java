package dev.atrium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.atrium.application.port.in.DeleteRecordCommand;
import dev.atrium.application.testing.InMemoryRecordRepository;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.query.RecordPage;
import dev.atrium.domain.record.FieldError;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValidationException;
import dev.atrium.domain.security.Principal;

class RecordServiceListTest {

    private final Workshop workshop = new Workshop();

    private List<String> names(RecordPage page) {
        return page.list().stream().map(record -> (String) record.get("name")).toList();
    }

    private List<String> ids(RecordPage page) {
        return page.list().stream().map(Record::id).toList();
    }

    @Test
    void aPageHolds200RecordsUnlessToldOtherwise() {
        for (int i = 0; i < 201; i++) {
            workshop.maker("Maker " + i);
        }

        RecordPage page = workshop.list("Maker", 0, null, null, null);

        assertThat(page.list()).hasSize(200);
        assertThat(page.total()).isEqualTo(201);
    }

    @Test
    void aPageLargerThanTheLimitIsRefusedNamingTheLimit() {
        DomainException failure = catchThrowableOfType(DomainException.class, () -> workshop.list("Maker", 0, 1001, null, null));

        assertThat(failure.kind()).isEqualTo(DomainException.Kind.INVALID);
        assertThat(failure).hasMessageContaining("1000");
        assertThat(workshop.list("Maker", 0, 1000, null, null).list()).isEmpty();
    }

    @Test
    void theLimitsComeFromTheService() {
        Workshop small = new Workshop(new InMemoryRecordRepository(), new ListLimits(2, 3));
        for (String name : List.of("a", "b", "c", "d")) {
            small.maker(name);
        }

        assertThat(small.list("Maker", 0, null, null, null).list()).hasSize(2);
        assertThat(small.list("Maker", 0, 3, null, null).list()).hasSize(3);
        assertThat(catchThrowableOfType(DomainException.class, () -> small.list("Maker", 0, 4, null, null)))
                .hasMessageContaining("3");
    }

    @Test
    void aPageOfSizeZeroGivesOnlyTheTotal() {
        workshop.maker("Acme");

        RecordPage page = workshop.list("Maker", 0, 0, null, null);

        assertThat(page.list()).isEmpty();
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void sortingByWhatIsNotAStoredFieldIsRefused() {
        for (String sortBy : List.of("colour", "maker", "gadgets")) {
            ValidationException failure = catchThrowableOfType(ValidationException.class,
                    () -> workshop.list("Gadget", 0, null, sortBy, null));
            assertThat(failure).as(sortBy).isNotNull();
            assertThat(failure.errors()).extracting(FieldError::field, FieldError::code)
                    .containsExactly(tuple("sortBy", "unknownField"));
            assertThat(failure.errors().get(0).message()).contains("'" + sortBy + "'");
        }
        assertThat(workshop.list("Gadget", 0, null, "makerId", null).total()).isZero();
    }

    @Test
    void withoutSortByTheOrderIsIdNotTheEntitysCollectionDefault() {
        List<String> ids = new ArrayList<>();
        for (String name : List.of("Bravo", "Alpha", "Charlie")) {
            ids.add(workshop.gadget(name).id());
        }
        List<String> ascending = ids.stream().sorted().toList();

        assertThat(workshop.list("Gadget", 0, null, null, null).list()).extracting(Record::id).isEqualTo(ascending);
        assertThat(workshop.list("Gadget", 0, null, null, false).list()).extracting(Record::id)
                .isEqualTo(ids.stream().sorted(Comparator.reverseOrder()).toList());
        assertThat(names(workshop.list("Gadget", 0, null, "name", null))).containsExactly("Alpha", "Bravo", "Charlie");
    }

    @Test
    void pagesAreStableWithTiesBrokenById() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(workshop.gadget("Same").id());
        }
        created.sort(Comparator.naturalOrder());

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            RecordPage page = workshop.list("Gadget", offset, 2, "status", true);
            assertThat(page.total()).isEqualTo(5);
            paged.addAll(ids(page));
        }

        assertThat(paged).containsExactlyElementsOf(created);
        assertThat(ids(workshop.list("Gadget", 1, 3, "name", false)))
                .as("ties are broken by ascending id whatever the direction")
                .containsExactly(created.get(1), created.get(2), created.get(3));
    }

    @Test
    void softDeletedRecordsAreNeitherListedNorCounted() {
        workshop.gadget("Kept");
        Record gone = workshop.gadget("Gone");
        workshop.service.delete(new DeleteRecordCommand(Principal.SYSTEM, "Gadget", gone.id(), false));

        RecordPage page = workshop.list("Gadget", 0, null, null, null);

        assertThat(names(page)).containsExactly("Kept");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void linkedNamesAreFilledInWhereThereIsALink() {
        Record acme = workshop.maker("Acme");
        Record globex = workshop.maker("Globex");
        workshop.gadget("A", "makerId", acme.id());
        workshop.gadget("B");
        workshop.gadget("C", "makerId", globex.id());
        workshop.gadget("D", "makerId", acme.id());

        List<Record> list = workshop.list("Gadget", 0, null, null, null).list();

        assertThat(list).extracting(record -> record.linkNames().get("maker")).containsExactly("Acme", null, "Globex", "Acme");
        assertThat(list.get(1).linkNames()).as("every link has an entry, null where nothing is linked").containsEntry("maker", null);
    }
}
