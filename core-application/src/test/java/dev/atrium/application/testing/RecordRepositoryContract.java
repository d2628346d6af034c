package dev.atrium.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.atrium.application.port.out.DuplicateKeyException;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.ReadShape;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.record.Precondition;
import dev.atrium.domain.record.Record;

/**
 * What every {@link RecordRepository} must do, whatever stores the records. An implementation's
 * test extends this class and opens an empty store on the {@link ContractCatalog} per test.
 */
public abstract class RecordRepositoryContract {

    /** A repository and its unit of work over an empty store of the catalog. */
    public record Store(RecordRepository repository, UnitOfWork unitOfWork, AutoCloseable closer) {
    }

    protected static final Catalog CATALOG = ContractCatalog.build();
    protected static final EntityDefinition PART = CATALOG.require("Part");
    protected static final EntityDefinition MAKER = CATALOG.require("Maker");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 12, 30, 45);

    private Store store;

    protected abstract Store openEmptyStore(Catalog catalog) throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openEmptyStore(CATALOG);
    }

    @AfterEach
    void close() throws Exception {
        if (store != null) {
            store.closer().close();
        }
    }

    @Test
    void everyFieldTypeReadsBackAsWritten() {
        Map<String, Object> values = part("p1", "code-1");
        values.put("note", "x".repeat(5000));
        values.put("flag", true);
        values.put("quantity", 9_007_199_254_740_993L);
        values.put("weight", 0.1);
        values.put("grade", "b");
        values.put("tags", List.of("red", "blue"));
        values.put("items", List.of("one", 2, true));
        values.put("madeOn", LocalDate.of(1999, 12, 31));
        values.put("checkedAt", NOW);
        values.put("contact", "someone@example.org");
        values.put("site", "https://example.org/p?q=1");
        values.put("spec", Map.of("size", "XL", "layers", List.of(1, 2)));
        write(() -> insert(PART, values));

        Record read = read(() -> repository().findById(PART, "p1", false)).orElseThrow();

        assertThat(read.values()).containsExactlyInAnyOrderEntriesOf(values);
        assertThat(List.copyOf(read.values().keySet()).get(0)).isEqualTo("id");
    }

    @Test
    void nullsReadBackAsNull() {
        write(() -> insert(PART, part("p1", null)));

        Record read = read(() -> repository().findById(PART, "p1", false)).orElseThrow();

        assertThat(read.get("code")).isNull();
        assertThat(read.get("tags")).isNull();
        assertThat(read.get("spec")).isNull();
        assertThat(read.get("checkedAt")).isNull();
    }

    @Test
    void unknownIdIsEmpty() {
        assertThat(read(() -> repository().findById(PART, "nothing", true))).isEmpty();
        assertThat(read(() -> repository().idExists(PART, "nothing"))).isFalse();
    }

    @Test
    void updateChangesOnlyTheGivenAttributes() {
        write(() -> insert(PART, part("p1", "code-1")));

        change(() -> repository().update(PART, "p1", Map.of("name", "renamed", "tags", List.of("green"))));

        Record read = read(() -> repository().findById(PART, "p1", false)).orElseThrow();
        assertThat(read.get("name")).isEqualTo("renamed");
        assertThat(read.get("tags")).isEqualTo(List.of("green"));
        assertThat(read.get("code")).isEqualTo("code-1");
    }

    @Test
    void everyWriteOfARowCountsInItsVersion() {
        Map<String, Object> first = part("p1", "code-1");
        first.put(SystemFields.ROW_VERSION, 1L);
        write(() -> insert(PART, first));
        write(() -> insert(PART, part("p2", "code-2")));

        change(() -> repository().update(PART, "p1", Map.of("name", "one")));
        change(() -> repository().updateEach(PART, Map.of("p1", Map.of("name", "two"), "p2", Map.of("name", "two"))));
        change(() -> repository().updateAll(PART, new Condition.In("id", List.of("p1", "p2")), Map.of("name", "three")));
        assertThat(version("p1")).isEqualTo(4L);
        assertThat(version("p2")).as("a row from before versions counts from 0").isEqualTo(2L);

        change(() -> repository().softDeleteAll(PART, new Condition.In("id", List.of("p1")), Map.of()));
        change(() -> repository().softDelete(PART, "p2", Map.of()));
        assertThat(version("p1")).isEqualTo(5L);
        assertThat(version("p2")).isEqualTo(3L);
    }

    private long version(String id) {
        return Precondition.versionOf(read(() -> repository().findById(PART, id, true)).orElseThrow());
    }

    @Test
    void softDeletedRecordsAreHiddenButTheirIdStaysTaken() {
        write(() -> insert(PART, part("p1", "code-1")));
        write(() -> insert(PART, part("p2", "code-2")));

        change(() -> repository().softDelete(PART, "p1", Map.of("modifiedAt", NOW.plusDays(1))));

        assertThat(read(() -> repository().findById(PART, "p1", false))).isEmpty();
        Record deleted = read(() -> repository().findById(PART, "p1", true)).orElseThrow();
        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.get("modifiedAt")).isEqualTo(NOW.plusDays(1));
        assertThat(read(() -> repository().idExists(PART, "p1"))).isTrue();
        assertThat(read(() -> repository().liveIds(PART, List.of("p1", "p2")))).containsExactly("p2");
        assertThat(read(() -> repository().count(PART, Condition.TRUE))).isEqualTo(1);
        assertThat(ids(read(() -> repository().list(PART, query("id", true))))).containsExactly("p2");
    }

    @Test
    void deleteRemovesTheRow() {
        write(() -> insert(PART, part("p1", "code-1")));

        change(() -> repository().delete(PART, "p1"));

        assertThat(read(() -> repository().idExists(PART, "p1"))).isFalse();
    }

    @Test
    void uniqueKeysHoldAmongLiveRecordsOnly() {
        write(() -> insert(PART, part("p1", "code-1")));

        assertThatThrownBy(() -> write(() -> insert(PART, part("p2", "code-1"))))
                .isInstanceOf(DuplicateKeyException.class);

        change(() -> repository().softDelete(PART, "p1", Map.of()));
        write(() -> insert(PART, part("p2", "code-1")));
        change(() -> repository().softDelete(PART, "p2", Map.of()));
        write(() -> insert(PART, part("p3", "code-1")));
        assertThat(read(() -> repository().liveIds(PART, List.of("p1", "p2", "p3")))).containsExactly("p3");
    }

    @Test
    void compositeUniqueKeyIsEnforcedOnAllItsAttributes() {
        Map<String, Object> first = part("p1", null);
        first.put("batch", "B");
        first.put("slot", 1L);
        write(() -> insert(PART, first));
        Map<String, Object> otherSlot = part("p2", null);
        otherSlot.put("batch", "B");
        otherSlot.put("slot", 2L);
        write(() -> insert(PART, otherSlot));

        Map<String, Object> clash = part("p3", null);
        clash.put("batch", "B");
        clash.put("slot", 1L);
        assertThatThrownBy(() -> write(() -> insert(PART, clash))).isInstanceOf(DuplicateKeyException.class);
        assertThat(read(() -> repository().findIdByKey(PART, Map.of("batch", "B", "slot", 2L)))).contains("p2");
    }

    @Test
    void findIdByKeySeesLiveRecordsOnly() {
        write(() -> insert(PART, part("p1", "code-1")));
        write(() -> insert(PART, part("p2", "code-2")));
        change(() -> repository().softDelete(PART, "p2", Map.of()));

        assertThat(read(() -> repository().findIdByKey(PART, Map.of("code", "code-1")))).contains("p1");
        assertThat(read(() -> repository().findIdByKey(PART, Map.of("code", "code-2")))).isEmpty();
        assertThat(read(() -> repository().findIdByKey(PART, Map.of("code", "missing")))).isEmpty();
    }

    @Test
    void namesByIdsGivesNamesOfLiveRecords() {
        write(() -> insert(MAKER, maker("m1", "First")));
        write(() -> insert(MAKER, maker("m2", "Second")));
        change(() -> repository().softDelete(MAKER, "m2", Map.of()));

        assertThat(read(() -> repository().namesByIds(MAKER, List.of("m1", "m2", "m3"))))
                .containsExactly(Map.entry("m1", "First"));
        assertThat(read(() -> repository().namesByIds(MAKER, List.of()))).isEmpty();
    }

    @Test
    void findReadsLinkedNamesAndToManyIdsWithTheRecord() {
        write(() -> insert(MAKER, maker("m1", "First")));
        write(() -> insert(MAKER, maker("m2", "Gone")));
        write(() -> insert(PART, withMaker(withName(part("p2", "c2"), "Two \"quoted\" ü"), "m1")));
        write(() -> insert(PART, withMaker(withName(part("p1", "c1"), null), "m1")));
        write(() -> insert(PART, withMaker(part("p3", "c3"), "m2")));
        write(() -> insert(PART, part("p4", "c4")));
        write(() -> insert(PART, withMaker(part("p5", "c5"), "m1")));
        change(() -> repository().softDelete(MAKER, "m2", Map.of()));
        change(() -> repository().softDelete(PART, "p5", Map.of()));
        ReadShape partShape = ReadShape.of(CATALOG, PART, List.of());
        ReadShape makerShape = ReadShape.of(CATALOG, MAKER, List.of("parts"));

        Record p1 = read(() -> repository().find(PART, "p1", partShape, Condition.TRUE)).orElseThrow();
        Record m1 = read(() -> repository().find(MAKER, "m1", makerShape, Condition.TRUE)).orElseThrow();

        assertThat(p1.values()).containsEntry("makerId", "m1").containsEntry("code", "c1");
        assertThat(p1.linkNames()).containsExactly(Map.entry("maker", "First"));
        assertThat(read(() -> repository().find(PART, "p3", partShape, Condition.TRUE)).orElseThrow().linkNames())
                .as("a deleted target has no name").containsEntry("maker", null);
        assertThat(read(() -> repository().find(PART, "p4", partShape, Condition.TRUE)).orElseThrow().linkNames())
                .containsEntry("maker", null);
        assertThat(m1.linked().get("parts").keySet()).as("live parts in id order").containsExactly("p1", "p2");
        assertThat(m1.linked().get("parts")).containsEntry("p1", null).containsEntry("p2", "Two \"quoted\" ü");
        assertThat(read(() -> repository().find(MAKER, "m2", makerShape, Condition.TRUE))).as("soft-deleted").isEmpty();
        assertThat(read(() -> repository().find(PART, "nope", partShape, Condition.TRUE))).isEmpty();
        assertThat(read(() -> repository().find(PART, "p1", partShape,
                new Condition.Compare("code", Condition.Operator.EQUALS, "other")))).as("beyond the reach").isEmpty();
        assertThat(read(() -> repository().find(PART, "p1", ReadShape.NONE, Condition.TRUE)).orElseThrow().linkNames())
                .isEmpty();
    }

    @Test
    void listReadsWhatTheShapeAsksForOnEveryRow() {
        write(() -> insert(MAKER, maker("m1", "First")));
        write(() -> insert(MAKER, maker("m2", "Second")));
        write(() -> insert(PART, withMaker(part("p1", "c1"), "m1")));
        write(() -> insert(PART, withMaker(part("p2", "c2"), "m2")));
        write(() -> insert(PART, withMaker(part("p3", "c3"), "m2")));

        List<Record> makers = read(() -> repository().list(MAKER, query("name", true),
                ReadShape.of(CATALOG, MAKER, List.of("parts"))));
        List<Record> parts = read(() -> repository().list(PART, query("id", true), ReadShape.of(CATALOG, PART, List.of())));

        assertThat(makers).extracting(record -> record.linked().get("parts").keySet())
                .containsExactly(java.util.Set.of("p1"), java.util.Set.of("p2", "p3"));
        assertThat(parts).extracting(record -> record.linkNames().get("maker")).containsExactly("First", "Second", "Second");
    }

    @Test
    void listOrdersByTheAttributeThenByIdAndPages() {
        write(() -> insert(PART, withName(part("p3", "c3"), "beta")));
        write(() -> insert(PART, withName(part("p1", "c1"), "beta")));
        write(() -> insert(PART, withName(part("p2", "c2"), "alpha")));
        write(() -> insert(PART, withName(part("p4", "c4"), "gamma")));

        assertThat(ids(read(() -> repository().list(PART, query("name", true))))).containsExactly("p2", "p1", "p3", "p4");
        assertThat(ids(read(() -> repository().list(PART, query("name", false))))).as("ties by ascending id")
                .containsExactly("p4", "p1", "p3", "p2");
        assertThat(ids(read(() -> repository().list(PART, RecordQuery.page(Condition.TRUE,
                List.of(new Order("name", true)), 1, 2))))).containsExactly("p1", "p3");
        assertThat(read(() -> repository().count(PART, Condition.TRUE))).isEqualTo(4);
    }

    @Test
    void aFailedUnitOfWorkLeavesNothingBehind() {
        assertThatThrownBy(() -> store.unitOfWork().inTransaction(() -> {
            insert(PART, part("p1", "code-1"));
            insert(MAKER, maker("m1", "Maker"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(read(() -> repository().idExists(PART, "p1"))).isFalse();
        assertThat(read(() -> repository().idExists(MAKER, "m1"))).isFalse();
    }

    @Test
    void aDuplicateKeyRollsBackTheWholeUnitOfWork() {
        write(() -> insert(PART, part("p1", "code-1")));

        assertThatThrownBy(() -> write(() -> {
            insert(MAKER, maker("m1", "Maker"));
            insert(PART, part("p2", "code-1"));
            return null;
        })).isInstanceOf(DuplicateKeyException.class);

        assertThat(read(() -> repository().idExists(MAKER, "m1"))).isFalse();
    }

    private RecordRepository repository() {
        return store.repository();
    }

    private <T> T write(Supplier<T> work) {
        return store.unitOfWork().inTransaction(work);
    }

    private void change(Runnable work) {
        store.unitOfWork().inTransaction(() -> {
            work.run();
            return null;
        });
    }

    private <T> T read(Supplier<T> work) {
        return store.unitOfWork().readOnly(work);
    }

    private Object insert(EntityDefinition entity, Map<String, Object> values) {
        repository().insert(entity, values);
        return null;
    }

    private static Map<String, Object> part(String id, String code) {
        Map<String, Object> values = new LinkedHashMap<>();
        PART.storedFields().forEach(field -> values.put(field.attribute(), null));
        values.put("id", id);
        values.put("name", "Part " + id);
        values.put("code", code);
        values.put("deleted", false);
        values.put("createdAt", NOW);
        values.put("modifiedAt", NOW);
        return values;
    }

    private static Map<String, Object> maker(String id, String name) {
        Map<String, Object> values = new HashMap<>();
        MAKER.storedFields().forEach(field -> values.put(field.attribute(), null));
        values.put("id", id);
        values.put("name", name);
        values.put("deleted", false);
        values.put("createdAt", NOW);
        values.put("modifiedAt", NOW);
        return values;
    }

    private static Map<String, Object> withName(Map<String, Object> values, String name) {
        values.put("name", name);
        return values;
    }

    private static Map<String, Object> withMaker(Map<String, Object> values, String makerId) {
        values.put("makerId", makerId);
        return values;
    }

    private static RecordQuery query(String sortBy, boolean ascending) {
        return RecordQuery.page(Condition.TRUE, List.of(new Order(sortBy, ascending)), 0, 100);
    }

    private static List<String> ids(List<Record> records) {
        return records.stream().map(Record::id).toList();
    }
}
