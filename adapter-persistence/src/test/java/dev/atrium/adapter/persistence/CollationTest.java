package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import dev.atrium.application.port.out.DuplicateKeyException;
import dev.atrium.domain.metadata.EntityDefinition;

/**
 * Text compares exactly on every database (ADR 7): values that differ only in case, accents or
 * trailing spaces are different values, for unique keys and ids alike, and every Unicode character
 * (umlauts, emoji) is kept in text and JSON columns, whatever the database's default character set.
 */
@OnEachTestDatabase
class CollationTest {

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
    void uniqueValuesThatDifferOnlyInCaseAccentsOrTrailingSpacesAreDifferent() {
        List<String> codes = List.of("acme", "ACME", "Acme", "acmé", "acme ");
        for (int i = 0; i < codes.size(); i++) {
            String id = "p" + i;
            String code = codes.get(i);
            db.write(() -> repository.insert(PART, Rows.of(PART, id, Map.of("code", code))));
        }

        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            assertThat(db.read(() -> repository.findIdByKey(PART, Map.of("code", code)))).as(code)
                    .contains("p" + i);
        }
        assertThatThrownBy(() -> db.write(() -> repository.insert(PART, Rows.of(PART, "p9",
                Map.of("code", "ACME"))))).as("the exact same value is still refused")
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void idsThatDifferOnlyInCaseAreDifferentRecords() {
        db.write(() -> {
            repository.insert(MAKER, Rows.of(MAKER, "maker-a", Map.of("name", "lower")));
            repository.insert(MAKER, Rows.of(MAKER, "MAKER-A", Map.of("name", "upper")));
        });

        assertThat(db.read(() -> repository.findById(MAKER, "MAKER-A", false)).orElseThrow().get("name"))
                .isEqualTo("upper");
        assertThat(db.read(() -> repository.liveIds(MAKER, List.of("maker-a", "Maker-A"))))
                .containsExactly("maker-a");
        assertThat(db.read(() -> repository.namesByIds(MAKER, List.of("MAKER-A"))))
                .containsExactly(Map.entry("MAKER-A", "upper"));
    }

    @Test
    void textAndJsonKeepEveryUnicodeCharacter() {
        Map<String, Object> values = Map.of(
                "name", "Grüße 😀",
                "code", "ß-😀-𝄞",
                "note", "Ünïcødé ✓ " + "👋🏽".repeat(1500),
                "tags", List.of("Grüße", "😀"),
                "items", List.of("naïve", "🎉", 3),
                "spec", Map.of("grüße", "👋🏽", "list", List.of("ü", "日本")));
        db.write(() -> repository.insert(PART, Rows.of(PART, "p1", values)));
        db.write(() -> repository.insert(MAKER, Rows.of(MAKER, "m1", Map.of("name", "Señor 🎩"))));

        assertThat(db.read(() -> repository.findById(PART, "p1", false)).orElseThrow().values())
                .containsAllEntriesOf(values);
        assertThat(db.read(() -> repository.findIdByKey(PART, Map.of("code", "ß-😀-𝄞")))).contains("p1");
        assertThat(db.read(() -> repository.namesByIds(MAKER, List.of("m1"))))
                .containsExactly(Map.entry("m1", "Señor 🎩"));
    }
}
