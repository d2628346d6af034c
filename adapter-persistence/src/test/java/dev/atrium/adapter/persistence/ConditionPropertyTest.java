package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import com.zaxxer.hikari.HikariDataSource;

import dev.atrium.application.testing.ConditionEvaluator;
import dev.atrium.application.testing.RowOrder;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.query.WhereParser;
import dev.atrium.domain.record.Record;

/**
 * Random conditions over 3,000 Parts, and over their Makers through the Parts that name them: the
 * database returns the same ids in the same order as an independent in-memory evaluation of the same
 * condition, and counts the same number.
 */
class ConditionPropertyTest {

    private static final EntityDefinition PART = PartFixture.CATALOG.require("Part");
    private static final EntityDefinition MAKER = PartFixture.CATALOG.require("Maker");
    private static final PartFixture FIXTURE = new PartFixture(20261128L, 3000, 40);

    private static TestDatabase database;
    private static HikariDataSource dataSource;
    private static SessionFactories sessionFactories;
    private static HibernateUnitOfWork unitOfWork;
    private static HibernateRecordRepository repository;
    private static ConditionEvaluator evaluator;

    @BeforeContainer
    static void seed() throws Exception {
        database = TestDatabase.create(DatabaseKind.H2);
        dataSource = DataSources.pool(database.settings());
        sessionFactories = new SessionFactories(dataSource);
        new HibernateSchemaManager(new Migrations(dataSource), new SchemaState(dataSource, Clock.systemUTC()),
                sessionFactories).apply(PartFixture.CATALOG);
        unitOfWork = new HibernateUnitOfWork(sessionFactories, database.settings().kind());
        repository = new HibernateRecordRepository(unitOfWork);
        unitOfWork.inTransaction(() -> {
            FIXTURE.makers.forEach(row -> insert(MAKER, row));
            FIXTURE.parts.forEach(row -> insert(PART, row));
            return null;
        });
        Map<String, List<Map<String, Object>>> live = new HashMap<>();
        live.put("Maker", FIXTURE.live(FIXTURE.makers));
        live.put("Part", FIXTURE.live(FIXTURE.parts));
        evaluator = new ConditionEvaluator(entity -> live.get(entity));
    }

    @AfterContainer
    static void close() throws Exception {
        sessionFactories.close();
        dataSource.close();
        database.close();
    }

    @Property(tries = 250, seed = "20261128")
    void theDatabaseAgreesWithTheInMemoryEvaluation(@ForAll("where") List<Object> where, @ForAll("order") List<Order> order) {
        Condition condition = WhereParser.parse(PartFixture.CATALOG, PART, where, PartFixture.NOW);
        List<Order> total = RecordQuery.withIdLast(order);
        Comparator<Map<String, Object>> comparator = RowOrder.of(total);
        List<String> expected = FIXTURE.live(FIXTURE.parts).stream().filter(row -> evaluator.matches(condition, row))
                .sorted(comparator).map(row -> (String) row.get("id")).toList();

        List<String> actual = unitOfWork.readOnly(() -> repository.list(PART, RecordQuery.page(condition, total, 0, 5000)))
                .stream().map(Record::id).toList();
        long count = unitOfWork.readOnly(() -> repository.count(PART, condition));

        assertThat(actual).as("where %s order %s", where, order).isEqualTo(expected);
        assertThat(count).isEqualTo(expected.size());
    }

    @Property(tries = 80, seed = "20261128")
    void relatedRecordsAgreeWithTheInMemoryEvaluation(@ForAll("where") List<Object> where) {
        Condition parts = WhereParser.parse(PartFixture.CATALOG, PART, where, PartFixture.NOW);
        Condition condition = new Condition.Any(List.of(new Condition.Related(PART, "makerId", parts),
                new Condition.Not(new Condition.Related(PART, "makerId", new Condition.Not(parts)))));
        List<Order> byId = RecordQuery.withIdLast(List.of());
        List<String> expected = FIXTURE.live(FIXTURE.makers).stream().filter(row -> evaluator.matches(condition, row))
                .map(row -> (String) row.get("id")).sorted().toList();

        List<String> actual = ids(unitOfWork.readOnly(() -> repository.list(MAKER, RecordQuery.page(condition, byId, 0, 100))));

        assertThat(actual).as("makers with some part, or with no part that fails: %s", where).isEqualTo(expected);
        assertThat(unitOfWork.readOnly(() -> repository.count(MAKER, condition))).isEqualTo(expected.size());
    }

    @Property(tries = 60, seed = "20261128")
    void keysetPagesJoinUpToTheWholeList(@ForAll("where") List<Object> where, @ForAll("order") List<Order> order) {
        Condition condition = WhereParser.parse(PartFixture.CATALOG, PART, where, PartFixture.NOW);
        List<Order> total = RecordQuery.withIdLast(order);
        List<String> whole = ids(unitOfWork.readOnly(() -> repository.list(PART, RecordQuery.page(condition, total, 0, 5000))));

        List<String> paged = new ArrayList<>();
        List<Object> after = null;
        List<Record> page;
        do {
            RecordQuery next = new RecordQuery(condition, total, 0, 199, after);
            page = unitOfWork.readOnly(() -> repository.list(PART, next));
            paged.addAll(ids(page));
            Record last = page.isEmpty() ? null : page.get(page.size() - 1);
            after = last == null ? null : total.stream().map(key -> last.get(key.attribute())).toList();
        } while (page.size() == 199);

        assertThat(paged).as("where %s order %s", where, order).isEqualTo(whole);
    }

    private static List<String> ids(List<Record> records) {
        return records.stream().map(Record::id).toList();
    }

    @Provide
    Arbitrary<List<Object>> where() {
        return WhereGenerators.where();
    }

    @Provide
    Arbitrary<List<Order>> order() {
        Arbitrary<Order> key = net.jqwik.api.Combinators.combine(
                Arbitraries.of("quantity", "weight", "grade", "code", "madeOn", "checkedAt", "flag", "makerId"),
                Arbitraries.of(true, false)).as(Order::new);
        return key.list().ofMinSize(0).ofMaxSize(2).uniqueElements(Order::attribute);
    }

    private static Object insert(EntityDefinition entity, Map<String, Object> row) {
        repository.insert(entity, row);
        return null;
    }
}
