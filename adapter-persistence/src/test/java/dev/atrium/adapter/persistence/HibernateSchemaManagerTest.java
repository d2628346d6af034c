package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

import dev.atrium.application.service.CatalogAssembler;
import dev.atrium.application.spi.ModuleContributions;
import dev.atrium.application.spi.PlatformModule;
import dev.atrium.application.testing.ContractCatalog;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;

/** Migrations follow the catalog, run only when the schema changed, and keep the data. */
class HibernateSchemaManagerTest {

    private final TestDatabase database = create();
    private final HikariDataSource dataSource = DataSources.pool(database.settings());
    private final SessionFactories sessionFactories = new SessionFactories(dataSource);
    private final HibernateSchemaManager manager = new HibernateSchemaManager(new Migrations(dataSource),
            new SchemaState(dataSource, Clock.systemUTC()), sessionFactories);

    @AfterEach
    void close() throws Exception {
        sessionFactories.close();
        dataSource.close();
        database.close();
    }

    @Test
    void anUnchangedSchemaSkipsLiquibase() throws Exception {
        manager.apply(ContractCatalog.build());
        execute("DELETE FROM DATABASECHANGELOG");

        manager.apply(ContractCatalog.build());

        assertThat(count("SELECT COUNT(*) FROM DATABASECHANGELOG")).as("Liquibase did not run again").isZero();
    }

    @Test
    void aFieldAddedLaterAddsItsColumnAndKeepsTheRows() throws Exception {
        Catalog first = ContractCatalog.build();
        manager.apply(first);
        insertMaker(first.require("Maker"));
        long changesets = count("SELECT COUNT(*) FROM DATABASECHANGELOG");

        manager.apply(withCountryOnMaker());

        // the column, its index with the id, and the drop of the index on the column alone (which it never had)
        assertThat(count("SELECT COUNT(*) FROM DATABASECHANGELOG")).isEqualTo(changesets + 3);
        assertThat(count("SELECT COUNT(*) FROM \"maker\" WHERE \"country\" IS NULL AND \"name\" = 'Kept'")).isEqualTo(1);
    }

    private void insertMaker(EntityDefinition maker) {
        HibernateUnitOfWork unitOfWork = new HibernateUnitOfWork(sessionFactories, database.settings().kind());
        Map<String, Object> values = new HashMap<>();
        maker.storedFields().forEach(field -> values.put(field.attribute(), null));
        values.putAll(Map.of("id", "m1", "name", "Kept", "deleted", false, "createdAt", LocalDateTime.now()));
        unitOfWork.inTransaction(() -> {
            new HibernateRecordRepository(unitOfWork).insert(maker, values);
            return null;
        });
    }

    /** The contract catalog, except that Maker has one more field (the v2 definition). */
    private static Catalog withCountryOnMaker() {
        PlatformModule module = new PlatformModule() {
            @Override
            public String id() {
                return "contract";
            }

            @Override
            public void contribute(ModuleContributions contributions) {
                contributions.entityDefinitions(HibernateSchemaManagerTest.class, "v2/Maker.json");
                contributions.entityDefinitions(ContractCatalog.class, "Part.json");
            }
        };
        return CatalogAssembler.assemble(List.of(module), 2);
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            connection.commit();
        }
    }

    private static TestDatabase create() {
        try {
            return TestDatabase.create(DatabaseKind.H2);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
