package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import dev.atrium.domain.metadata.EntityDefinition;

/**
 * Lists are ordered by id unless asked otherwise, and a list filtered by equality on an indexed field puts
 * that field first in its order (it pins one value): the index of the field with the id behind it then
 * serves the page in order, without sorting every match. Read from each database's own plan.
 */
@OnEachTestDatabase
class IdOrderIndexTest {

    private static final EntityDefinition PART = SpecificsCatalog.CATALOG.require("Part");
    private static final EntityDefinition MAKER = SpecificsCatalog.CATALOG.require("Maker");
    /** Enough matches per maker that sorting them costs a database more than reading 51 in order. */
    private static final int PARTS = 20_000;
    private static final int MAKERS = 20;

    @Parameter
    DatabaseKind kind;

    private MigratedDatabase db;

    @BeforeEach
    void open() throws SQLException {
        db = MigratedDatabase.open(kind, SpecificsCatalog.CATALOG);
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void aListFilteredByAnIndexedFieldWalksItsIndexInIdOrder() throws SQLException {
        HibernateRecordRepository repository = db.repository();
        db.write(() -> {
            List<Map<String, Object>> makers = new ArrayList<>();
            List<Map<String, Object>> parts = new ArrayList<>();
            for (int m = 0; m < MAKERS; m++) {
                makers.add(Rows.of(MAKER, "m" + m, Map.of("name", "Maker " + m)));
            }
            for (int i = 0; i < PARTS; i++) {
                parts.add(Rows.of(PART, String.format("p%05d", i), Map.of("makerId", "m" + (i % MAKERS))));
            }
            repository.insertAll(MAKER, makers);
            repository.insertAll(PART, parts);
        });
        if (kind == DatabaseKind.POSTGRESQL) {
            db.execute("ANALYZE " + db.quote(PART.tableName()));
        }
        String sql = "SELECT " + db.quote("id") + " FROM " + db.quote(PART.tableName()) + " WHERE "
                + db.quote("maker_id") + " = 'm3' AND " + db.quote("deleted") + " = FALSE ORDER BY "
                + db.quote("maker_id") + ", " + db.quote("id") + " LIMIT 51";
        String plan = db.query("EXPLAIN " + sql, result -> {
            StringBuilder text = new StringBuilder();
            while (result.next()) {
                text.append(result.getString(1)).append('\n');
            }
            return text.toString();
        });

        switch (kind) {
            case H2 -> assertThat(plan).containsIgnoringCase("ix_part_maker_by_id").contains("index sorted");
            case POSTGRESQL -> assertThat(plan).contains("Index Scan using ix_part_maker_by_id").doesNotContain("Sort");
            case MARIADB -> {
                List<String> columns = db.query("SHOW INDEX FROM " + db.quote(PART.tableName()), result -> {
                    List<String> found = new ArrayList<>();
                    while (result.next()) {
                        if (result.getString("Key_name").equals("ix_part_maker_by_id")) {
                            found.add(result.getString("Column_name"));
                        }
                    }
                    return found;
                });
                assertThat(columns).containsExactly("maker_id", "id");
            }
        }
        int rows = db.query(sql, result -> {
            int count = 0;
            while (result.next()) {
                count++;
            }
            return count;
        });
        assertThat(rows).isEqualTo(51);
    }

    @Test
    void theIndexOnTheFieldAloneThatEarlierVersionsMadeIsDroppedWhereItExists() throws SQLException {
        assertThat(indexColumns("ix_part_maker")).as("a database made now never had it").isEmpty();
        db.execute("CREATE INDEX " + db.quote("ix_part_maker") + " ON " + db.quote(PART.tableName()) + " ("
                + db.quote("maker_id") + ")");
        db.execute("DELETE FROM DATABASECHANGELOG WHERE ID = 'part:drop-index:ix_part_maker'");
        assertThat(indexColumns("ix_part_maker")).containsExactly("maker_id");

        new Migrations(db.dataSource()).apply(SchemaPlan.of(SpecificsCatalog.CATALOG));

        assertThat(indexColumns("ix_part_maker")).as("dropped on upgrade").isEmpty();
        assertThat(indexColumns("ix_part_maker_by_id")).containsExactly("maker_id", "id");
    }

    /** The columns of the named index of Part's table, in order, from the driver's metadata. */
    private List<String> indexColumns(String index) throws SQLException {
        try (java.sql.Connection connection = db.dataSource().getConnection()) {
            java.sql.DatabaseMetaData metadata = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            java.util.SortedMap<Short, String> columns = new java.util.TreeMap<>();
            try (java.sql.ResultSet rows = metadata.getIndexInfo(catalog, schema, PART.tableName(), false, false)) {
                while (rows.next()) {
                    if (index.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
                        columns.put(rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME").toLowerCase());
                    }
                }
            }
            return new ArrayList<>(columns.values());
        }
    }
}
