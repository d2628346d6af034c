package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.RecordQuery;

/**
 * A lookup by many ids, as a bulk upsert's match makes at every round, reuses Hibernate's translation of its
 * statement: a query Hibernate takes for one it may have to expand (a list parameter, or one in a function's
 * last argument) is translated anew at every execution, which took a third of the server's time of an upsert's
 * match.
 */
@OnEachTestDatabase
class TranslationCacheTest {

    private static final EntityDefinition MAKER = SpecificsCatalog.CATALOG.require("Maker");

    @Parameter
    DatabaseKind kind;

    private MigratedDatabase db;

    @BeforeEach
    void open() throws SQLException {
        db = MigratedDatabase.open(kind, SpecificsCatalog.CATALOG);
        db.write(() -> {
            for (int i = 0; i < 20; i++) {
                db.repository().insert(MAKER, Rows.of(MAKER, "m" + i, Map.of("name", "Maker " + i)));
            }
        });
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void aLookupByManyIdsIsTranslatedOnce() {
        List<Object> first = new ArrayList<>(List.of("m1", "m2", "m3", "m4", "m5"));
        List<Object> second = new ArrayList<>(List.of("m6", "m7", "m8", "m9", "m10"));
        long[] counts = db.read(() -> {
            Statistics statistics = db.unitOfWork().session().getSessionFactory().getStatistics();
            statistics.setStatisticsEnabled(true);
            assertThat(db.repository().list(MAKER, lookup(first))).hasSize(5);
            long hits = statistics.getQueryPlanCacheHitCount();
            long misses = statistics.getQueryPlanCacheMissCount();
            assertThat(db.repository().list(MAKER, lookup(second))).hasSize(5);
            return new long[] {statistics.getQueryPlanCacheHitCount() - hits, statistics.getQueryPlanCacheMissCount() - misses};
        });

        // Hibernate counts a hit of its parse of the text and one of its translation alike: a query it does not
        // cache the translation of finds its parse only
        assertThat(counts).as("the second lookup's cache hits and misses").containsExactly(2, 0);
    }

    private static RecordQuery lookup(List<Object> ids) {
        return RecordQuery.page(new Condition.In("id", ids), List.of(new Order("id", true)), 0, ids.size() + 1);
    }
}
