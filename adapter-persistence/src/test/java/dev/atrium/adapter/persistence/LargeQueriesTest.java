package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.record.Record;

/**
 * The largest page the API serves (1,000 records) comes back with its linked names, and id lists
 * longer than the bind-parameter limits of the drivers (65,535 for PostgreSQL) are answered.
 */
@OnEachTestDatabase
class LargeQueriesTest {

    private static final int LARGEST_PAGE = 1000;
    private static final EntityDefinition PART = SpecificsCatalog.CATALOG.require("Part");
    private static final EntityDefinition MAKER = SpecificsCatalog.CATALOG.require("Maker");

    @Parameter
    DatabaseKind kind;

    private MigratedDatabase db;
    private HibernateRecordRepository repository;

    @BeforeEach
    void open() throws SQLException {
        db = MigratedDatabase.open(kind, SpecificsCatalog.CATALOG);
        repository = db.repository();
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void theLargestPageComesBackWithTheNamesOfItsLinks() {
        db.write(() -> {
            for (int i = 0; i <= LARGEST_PAGE; i++) {
                String n = String.format("%04d", i);
                repository.insert(MAKER, Rows.of(MAKER, "m" + n, Map.of("name", "Maker " + n)));
                repository.insert(PART, Rows.of(PART, "p" + n, Map.of("makerId", "m" + n)));
            }
        });

        List<Record> page = db.read(() -> repository.list(PART, Rows.page("id", LARGEST_PAGE)));
        List<String> makerIds = page.stream().map(record -> (String) record.get("makerId")).toList();

        assertThat(page).hasSize(LARGEST_PAGE);
        assertThat(db.read(() -> repository.count(PART, Condition.TRUE)))
                .isEqualTo(LARGEST_PAGE + 1);
        assertThat(db.read(() -> repository.namesByIds(MAKER, makerIds))).hasSize(LARGEST_PAGE)
                .containsEntry("m0999", "Maker 0999");
    }

    @Test
    void idListsLongerThanEveryBindParameterLimitAreAnswered() {
        db.write(() -> {
            for (String id : List.of("m-first", "m-middle", "m-last")) {
                repository.insert(MAKER, Rows.of(MAKER, id, Map.of("name", "Name of " + id)));
            }
        });
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) {
            ids.add("unknown-" + i);
        }
        ids.addAll(List.of("m-first", "m-middle", "m-last"));
        Collections.shuffle(ids, new Random(8));

        assertThat(db.read(() -> repository.liveIds(MAKER, ids)))
                .containsExactlyInAnyOrder("m-first", "m-middle", "m-last");
        assertThat(db.read(() -> repository.namesByIds(MAKER, ids))).hasSize(3)
                .containsEntry("m-last", "Name of m-last");
    }
}
