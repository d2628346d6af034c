package dev.atrium.application.testing;

import static dev.atrium.application.testing.Widgets.WIDGET;
import static dev.atrium.application.testing.Widgets.widget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.atrium.application.port.out.DuplicateKeyException;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.Record;

class InMemoryRecordRepositoryTest {

    private final InMemoryRecordRepository repository = new InMemoryRecordRepository();

    private void insert(String id, String code, Long size, String colour) {
        repository.insert(WIDGET, widget(id, code, size, colour));
    }

    private List<String> listIds(int offset, int maxSize, String sortBy, boolean ascending) {
        return repository.list(WIDGET, RecordQuery.page(Condition.TRUE, List.of(new Order(sortBy, ascending)), offset, maxSize)).stream().map(Record::id).toList();
    }

    @Test
    void keepsEveryStoredAttributeInFieldOrderAsLive() {
        Map<String, Object> specs = Map.of("weight", 2.5);
        Map<String, Object> values = widget("w1", "A", 3L, null);
        values.put("specs", specs);
        repository.insert(WIDGET, values);

        Record record = repository.findById(WIDGET, "w1", false).orElseThrow();

        assertThat(record.values().keySet()).containsExactly("id", "name", "code", "size", "colour", "specs",
                "description", "deleted", "createdAt", "modifiedAt", "createdById", "modifiedById", "rowVersion");
        assertThat(record.get("size")).isEqualTo(3L);
        assertThat(record.get("specs")).isSameAs(specs);
        assertThat(record.isDeleted()).isFalse();
    }

    @Test
    void theIdStaysTakenAfterASoftDelete() {
        insert("w1", "A", null, null);
        repository.softDelete(WIDGET, "w1", Map.of());

        assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> insert("w1", "B", null, null));
        assertThat(repository.idExists(WIDGET, "w1")).isTrue();
        assertThat(repository.findById(WIDGET, "w1", false)).isEmpty();
        assertThat(repository.findById(WIDGET, "w1", true)).get().returns(true, Record::isDeleted);
    }

    @Test
    void aUniqueValueMayRepeatOnlyAfterItsHolderIsSoftDeleted() {
        insert("w1", "A", null, null);

        assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> insert("w2", "A", null, null))
                .withMessageContaining("code");
        repository.softDelete(WIDGET, "w1", Map.of());
        insert("w2", "A", null, null);
        repository.softDelete(WIDGET, "w2", Map.of());
        insert("w3", "A", null, null);

        assertThat(repository.findIdByKey(WIDGET, Map.of("code", "A"))).contains("w3");
    }

    @Test
    void aKeyWithANullMemberNeverClashes() {
        insert("w1", "A", 1L, null);
        insert("w2", "B", 1L, null);
        insert("w3", null, 2L, "red");
        insert("w4", null, 3L, "red");

        assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> insert("w5", "C", 2L, "red"))
                .withMessageContaining("sizeAndColour");
    }

    @Test
    void anUpdateMayKeepItsOwnKeyButNotTakeAnother() {
        insert("w1", "A", null, null);
        insert("w2", "B", null, null);

        repository.update(WIDGET, "w1", Map.of("code", "A", "size", 4L));
        assertThatExceptionOfType(DuplicateKeyException.class)
                .isThrownBy(() -> repository.update(WIDGET, "w1", Map.of("code", "B")));
        assertThat(repository.findById(WIDGET, "w1", false).orElseThrow().values())
                .containsEntry("code", "A").containsEntry("size", 4L);
    }

    @Test
    void findsLiveIdsNamesAndKeys() {
        insert("w1", "A", null, null);
        insert("w2", "B", null, null);
        repository.softDelete(WIDGET, "w2", Map.of());

        assertThat(repository.liveIds(WIDGET, List.of("w1", "w2", "w9"))).containsExactly("w1");
        assertThat(repository.namesByIds(WIDGET, List.of("w1", "w2"))).containsExactly(Map.entry("w1", "Widget w1"));
        assertThat(repository.findIdByKey(WIDGET, Map.of("code", "B"))).isEmpty();
    }

    @Test
    void listsLiveRecordsBySortAttributeThenId() {
        insert("w3", "A", 2L, null);
        insert("w1", "B", 2L, null);
        insert("w2", "C", null, null);
        insert("w4", "D", 1L, null);
        insert("w5", "E", 1L, null);
        repository.softDelete(WIDGET, "w5", Map.of());

        assertThat(listIds(0, 10, "size", true)).containsExactly("w2", "w4", "w1", "w3");
        assertThat(listIds(0, 10, "size", false)).as("ties by ascending id").containsExactly("w1", "w3", "w4", "w2");
        assertThat(listIds(1, 2, "size", true)).containsExactly("w4", "w1");
        assertThat(listIds(0, 10, "id", true)).containsExactly("w1", "w2", "w3", "w4");
        assertThat(repository.count(WIDGET, Condition.TRUE)).isEqualTo(4);
    }

    @Test
    void refusesAttributesTheEntityDoesNotStoreAndValuesOfTheWrongType() {
        Map<String, Object> unknown = widget("w1", "A", null, null);
        unknown.put("weight", 3L);
        Map<String, Object> intAsInteger = widget("w2", "B", null, null);
        intAsInteger.put("size", 3);

        assertThatIllegalArgumentException().isThrownBy(() -> repository.insert(WIDGET, unknown)).withMessageContaining("weight");
        assertThatIllegalArgumentException().isThrownBy(() -> repository.insert(WIDGET, intAsInteger)).withMessageContaining("size");
    }

    @Test
    void deleteRemovesTheRowAndFailsForAMissingOne() {
        insert("w1", "A", null, null);
        repository.delete(WIDGET, "w1");

        assertThat(repository.idExists(WIDGET, "w1")).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> repository.delete(WIDGET, "w1"));
    }
}
