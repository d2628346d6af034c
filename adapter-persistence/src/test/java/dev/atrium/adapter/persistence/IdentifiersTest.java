package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import dev.atrium.domain.metadata.EntityDefinition;

/**
 * Atrium's tables and columns keep their lower-case names and may be SQL keywords, because every
 * identifier is quoted; Liquibase's own tables are upper case on MariaDB (and H2) and answer to
 * unquoted upper-case names on every database.
 */
@OnEachTestDatabase
class IdentifiersTest {

    private static final EntityDefinition ORDER = SpecificsCatalog.CATALOG.require("Order");

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
    void keywordsServeAsTableAndColumnNames() {
        db.write(() -> {
            repository.insert(ORDER, Rows.of(ORDER, "o1", Map.of("group", "b", "select", 2L,
                    "from", LocalDate.of(2026, 1, 2), "isUserDefined", true)));
            repository.insert(ORDER, Rows.of(ORDER, "o2", Map.of("group", "a", "select", 1L)));
        });

        assertThat(Rows.ids(db.read(() -> repository.list(ORDER, Rows.page("group", 10)))))
                .containsExactly("o2", "o1");
        assertThat(db.read(() -> repository.findIdByKey(ORDER, Map.of("group", "b")))).contains("o1");
        assertThat(db.read(() -> repository.findById(ORDER, "o1", false)).orElseThrow().values())
                .containsEntry("select", 2L).containsEntry("from", LocalDate.of(2026, 1, 2))
                .containsEntry("isUserDefined", true);
    }

    @Test
    void tablesAndColumnsKeepTheirLowerCaseNames() throws SQLException {
        assertThat(tables()).contains("order", "part", "maker", "atrium_schema_state");
        assertThat(columns("order")).contains("id", "group", "select", "from", "is_user_defined", "deleted_key");
    }

    @Test
    void liquibaseTablesAnswerToUnquotedUpperCaseNames() throws SQLException {
        long applied = db.query("SELECT COUNT(*) FROM DATABASECHANGELOG", result -> {
            result.next();
            return result.getLong(1);
        });

        assertThat(applied).isPositive();
        if (kind == DatabaseKind.MARIADB) {
            assertThat(tables()).contains("DATABASECHANGELOG", "DATABASECHANGELOGLOCK")
                    .doesNotContain("databasechangelog");
        }
    }

    private List<String> tables() throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            return names(connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"}), "TABLE_NAME");
        }
    }

    private List<String> columns(String table) throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            return names(metaData.getColumns(connection.getCatalog(), connection.getSchema(), table, "%"),
                    "COLUMN_NAME");
        }
    }

    private static List<String> names(ResultSet result, String column) throws SQLException {
        try (result) {
            List<String> names = new ArrayList<>();
            while (result.next()) {
                names.add(result.getString(column));
            }
            return names;
        }
    }
}
