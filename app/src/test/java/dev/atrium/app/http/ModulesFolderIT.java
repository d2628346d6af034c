package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;
import dev.atrium.app.fixtures.ShelfJar;

/**
 * A module jar in ATRIUM_MODULES_DIR through its life: dropped in, it serves its entity (linked to the
 * PIM's Product, with its hook) and runs its data migration once; a new version runs only its new
 * migration; taken out, its entity leaves the API and the document while its table and rows stay; put
 * back, its records are there again.
 */
@OnEachTestDatabase
class ModulesFolderIT {

    @Parameter
    DatabaseKind database;

    @TempDir
    Path modules;

    @Test
    void aModuleJarComesGrowsLeavesAndReturns() throws Exception {
        ShelfJar.write(modules, 1);
        try (RunningAtrium atrium = RunningAtrium.start(database, Map.of("ATRIUM_MODULES_DIR", modules.toString()))) {
            ApiClient api = atrium.api();
            assertThat(atrium.catalog().modules()).contains("shelf");
            String table = atrium.catalog().require("Shelf").tableName();
            assertThat(note(api)).isEqualTo("1");
            assertThat(madeByMigration(api)).isEqualTo(1);
            assertThat(migrationsRecorded(atrium)).isEqualTo(1);
            servesCrud(api);
            assertThat(api.get("/openapi.json").json().get("paths").has("/Shelf/{id}")).isTrue();

            ShelfJar.write(modules, 2);
            atrium.restart();
            assertThat(note(atrium.api())).as("only migration 2 ran, after 1").isEqualTo("1,2");
            assertThat(madeByMigration(atrium.api())).as("migration 1 ran once").isEqualTo(1);
            assertThat(migrationsRecorded(atrium)).isEqualTo(2);

            Files.delete(modules.resolve(ShelfJar.FILE));
            atrium.restart();
            api = atrium.api();
            assertThat(atrium.catalog().modules()).doesNotContain("shelf");
            ApiResponse gone = api.get("/api/v1/Shelf/log");
            assertThat(gone.status()).isEqualTo(404);
            assertThat(gone.json().get("reason").asText()).isEqualTo("Controller 'Shelf' is not found");
            JsonNode document = api.get("/openapi.json").json();
            assertThat(document.get("paths").has("/Shelf")).isFalse();
            assertThat(document.get("components").get("schemas").has("Shelf")).isFalse();
            assertThat(rows(atrium, table)).as("the table and its rows stay").isGreaterThanOrEqualTo(2);

            if (database == DatabaseKind.H2) {
                // coming back is the same on every database (its changesets are recorded as run): checked once
                ShelfJar.write(modules, 2);
                atrium.restart();
                assertThat(note(atrium.api())).as("back with its records, no migration again").isEqualTo("1,2");
                assertThat(madeByMigration(atrium.api())).isEqualTo(1);
            }
        }
    }

    /** Create with a link to a Product (the hook capitalises the name), read, update, list, delete. */
    private static void servesCrud(ApiClient api) {
        String product = api.post("/api/v1/Product", Map.of("name", "Boxed", "number", "B-1")).json().get("id").asText();
        ApiResponse created = api.post("/api/v1/Shelf", Map.of("name", "top", "productId", product));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String path = "/api/v1/Shelf/" + created.json().get("id").asText();
        JsonNode read = api.get(path).json();
        assertThat(read.get("name").asText()).isEqualTo("TOP");
        assertThat(read.get("productName").asText()).isEqualTo("Boxed");
        assertThat(api.patch(path, Map.of("note", "full")).json().get("note").asText()).isEqualTo("full");
        assertThat(api.get("/api/v1/Shelf?where[0][type]=equals&where[0][attribute]=note&where[0][value]=full")
                .json().get("total").asInt()).isEqualTo(1);
        assertThat(api.post("/api/v1/Shelf", Map.of("name", "x", "productId", "nowhere")).status()).isEqualTo(400);
        assertThat(api.delete(path).text()).isEqualTo("true");
        assertThat(api.get(path).status()).isEqualTo(404);
    }

    private static String note(ApiClient api) {
        return api.get("/api/v1/Shelf/log").json().get("note").asText();
    }

    private static int madeByMigration(ApiClient api) {
        return api.get("/api/v1/Shelf?where[0][type]=equals&where[0][attribute]=name&where[0][value]=MADE%20BY%20MIGRATION%201")
                .json().get("total").asInt();
    }

    private static int migrationsRecorded(RunningAtrium atrium) throws SQLException {
        return count(atrium, "SELECT COUNT(*) FROM `data_migration` WHERE `module_id` = 'shelf'");
    }

    private static int rows(RunningAtrium atrium, String table) throws SQLException {
        return count(atrium, "SELECT COUNT(*) FROM `" + table + "`");
    }

    /** @param sql with identifiers in back quotes, quoted here as the database quotes them */
    private static int count(RunningAtrium atrium, String sql) throws SQLException {
        try (Connection connection = atrium.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql.replace("`",
                     connection.getMetaData().getIdentifierQuoteString()))) {
            result.next();
            return result.getInt(1);
        }
    }
}
