package dev.atrium.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.app.http.ApiClient;
import dev.atrium.app.http.ApiResponse;

/**
 * The jar of examples/module-warehouse, built with its own pom outside the reactor (CI builds it and names
 * it in {@code ATRIUM_TEST_MODULE_JAR}), and what it must do wherever the WAR runs with it in the modules
 * folder: its entities answer CRUD, its hook and record action work, and the document describes them.
 */
final class ExampleModule {

    static final String JAR_VARIABLE = "ATRIUM_TEST_MODULE_JAR";

    private ExampleModule() {
    }

    /** Copies the jar into a new modules folder {@code base/modules}. */
    static Path modulesFolder(Path base) throws IOException {
        Path jar = Path.of(System.getenv(JAR_VARIABLE));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(JAR_VARIABLE + " names " + jar + ", which is no file: build "
                    + "examples/module-warehouse first (mvn -f examples/module-warehouse/pom.xml verify)");
        }
        Path modules = Files.createDirectories(base.resolve("modules"));
        Files.copy(jar, modules.resolve(jar.getFileName()));
        return modules;
    }

    /** @param prefix the context path ({@code /atrium} in a container, empty for java -jar) */
    static void serves(ApiClient api, String prefix) {
        String v1 = prefix + "/api/v1";
        String product = ok(api.post(v1 + "/Product", Map.of("name", "Stocked", "number", "S-1"))).get("id").asText();
        JsonNode warehouse = ok(api.post(v1 + "/Warehouse", Map.of("name", "North", "code", " north ")));
        assertThat(warehouse.get("code").asText()).as("the module's hook").isEqualTo("NORTH");
        String path = v1 + "/Warehouse/" + warehouse.get("id").asText();
        assertThat(ok(api.get(path)).get("name").asText()).isEqualTo("North");
        assertThat(ok(api.patch(path, Map.of("city", "Hamburg"))).get("city").asText()).isEqualTo("Hamburg");
        assertThat(ok(api.get(v1 + "/Warehouse?" + codeIs("NORTH"))).get("total").asInt()).isEqualTo(1);
        assertThat(ok(api.get(v1 + "/Warehouse?" + codeIs("MAIN"))).get("total").asInt()).as("data migration 1 ran")
                .isEqualTo(1);

        JsonNode level = ok(api.post(v1 + "/StockLevel", Map.of("productId", product,
                "warehouseId", warehouse.get("id").asText(), "quantity", 5)));
        assertThat(level.get("productName").asText()).isEqualTo("Stocked");
        String reserve = v1 + "/StockLevel/" + level.get("id").asText() + "/reserve";
        assertThat(ok(api.post(reserve, Map.of("quantity", 3))).get("available").asLong()).isEqualTo(2);
        ApiResponse tooMuch = api.post(reserve, Map.of("quantity", 3));
        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(400);
        assertThat(ok(api.get(v1 + "/Product/" + product + "/stock")).get("reserved").asLong()).isEqualTo(3);

        assertThat(api.delete(v1 + "/StockLevel/" + level.get("id").asText()).text()).isEqualTo("true");
        assertThat(api.delete(path).text()).isEqualTo("true");
        assertThat(api.get(path).status()).isEqualTo(404);

        JsonNode document = ok(api.get(prefix + "/openapi.json"));
        assertThat(document.get("paths").has("/Warehouse/{id}")).isTrue();
        assertThat(document.get("paths").has("/StockLevel/{id}/reserve")).isTrue();
        assertThat(document.get("components").get("schemas").has("StockLevel")).isTrue();
    }

    /** Brackets percent-encoded: Tomcat refuses them raw in a query string unless its connector relaxes that. */
    private static String codeIs(String code) {
        return "where%5B0%5D%5Btype%5D=equals&where%5B0%5D%5Battribute%5D=code&where%5B0%5D%5Bvalue%5D=" + code;
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
