package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.query.Condition;

/**
 * Date-times are UTC wall-clock values (ADR 7): the database stores exactly the value Atrium wrote,
 * whatever the JVM's default zone and the database session's zone; booleans, and the defaults the
 * migrations give boolean columns, read back as written on every database.
 */
@OnEachTestDatabase
class TimeAndBooleanTest {

    /** The hour the clocks skip in the test JVM's zone (America/St_Johns, set in the build). */
    private static final LocalDateTime SKIPPED_HOUR = LocalDateTime.of(2026, 3, 8, 2, 30, 15);
    private static final EntityDefinition PART = SpecificsCatalog.CATALOG.require("Part");

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
    void dateTimesAreStoredAsTheirUtcWallClockWhateverTheZones() throws SQLException {
        assertThat(ZoneId.systemDefault().getRules().getValidOffsets(SKIPPED_HOUR))
                .as("the JVM's default zone must skip %s (run with -Duser.timezone=America/St_Johns)", SKIPPED_HOUR)
                .isEmpty();
        assertThat(sessionTimeZone()).as("the database session's zone").isNotIn("UTC", "+00:00", "Etc/UTC");
        LocalDate day = SKIPPED_HOUR.toLocalDate();

        db.write(() -> repository.insert(PART, Rows.of(PART, "p1",
                Map.of("checkedAt", SKIPPED_HOUR, "madeOn", day))));

        assertThat(db.read(() -> repository.findById(PART, "p1", false)).orElseThrow().values())
                .containsEntry("checkedAt", SKIPPED_HOUR).containsEntry("madeOn", day)
                .containsEntry("createdAt", Rows.NOW);
        String sql = "SELECT " + db.quote("checked_at") + ", " + db.quote("made_on") + ", " + db.quote("created_at")
                + " FROM " + db.quote("part");
        db.query(sql, result -> {
            result.next();
            assertThat(result.getObject(1, LocalDateTime.class)).as("stored checkedAt").isEqualTo(SKIPPED_HOUR);
            assertThat(result.getObject(2, LocalDate.class)).as("stored madeOn").isEqualTo(day);
            assertThat(result.getObject(3, LocalDateTime.class)).as("stored createdAt").isEqualTo(Rows.NOW);
            return null;
        });
    }

    @Test
    void booleansReadBackAsWrittenAndTheDeletedFlagDefaultsToFalse() throws SQLException {
        db.write(() -> {
            repository.insert(PART, Rows.of(PART, "yes", Map.of("flag", true)));
            repository.insert(PART, Rows.of(PART, "no", Map.of("flag", false)));
            repository.insert(PART, Rows.of(PART, "unset", Map.of()));
        });
        db.execute("INSERT INTO " + db.quote("part") + " (" + db.quote("id") + ") VALUES ('raw')");

        assertThat(db.read(() -> repository.findById(PART, "yes", false)).orElseThrow().get("flag"))
                .isEqualTo(Boolean.TRUE);
        assertThat(db.read(() -> repository.findById(PART, "no", false)).orElseThrow().get("flag"))
                .isEqualTo(Boolean.FALSE);
        assertThat(db.read(() -> repository.findById(PART, "unset", false)).orElseThrow().get("flag"))
                .isNull();
        assertThat(db.read(() -> repository.liveIds(PART, List.of("yes", "no", "unset", "raw"))))
                .as("a row written without 'deleted' is live").hasSize(4);
        assertThat(db.read(() -> repository.count(PART, Condition.TRUE))).isEqualTo(4);
    }

    private String sessionTimeZone() throws SQLException {
        String sql = switch (kind) {
            case H2 -> "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'TIME ZONE'";
            case POSTGRESQL -> "SHOW TIME ZONE";
            case MARIADB -> "SELECT @@session.time_zone";
        };
        return db.query(sql, result -> result.next() ? result.getString(1) : "unknown");
    }
}
