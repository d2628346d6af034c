package dev.atrium.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.DatabaseSettings;
import dev.atrium.adapter.persistence.TestDatabase;
import dev.atrium.app.http.ApiClient;
import dev.atrium.app.http.ApiResponse;

/**
 * atrium.war deployed into each container listed in {@code ATRIUM_TEST_CONTAINERS} (tomcat, jetty),
 * on a loopback port, over a fresh PostgreSQL schema, then a smoke scenario over HTTP. The database
 * comes from JNDI (Tomcat) or context parameters (Jetty), which must beat a wrong ATRIUM_DB_URL in
 * the environment; the admin's password and the page limits come from the environment. With
 * {@code ATRIUM_TEST_MODULE_JAR} set, the example module's jar is in a modules folder named by the
 * context parameter {@code atrium.modules.dir}, and serves its scenario too.
 */
@EnabledIfEnvironmentVariable(named = "ATRIUM_TEST_CONTAINERS", matches = ".*\\S.*")
class ContainerDeploymentIT {

    private static final String ADMIN_PASSWORD = "deployed-admin-secret-3";
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "ATRIUM_DB_URL", "jdbc:postgresql://127.0.0.1:1/not-this-one",
            "ATRIUM_ADMIN_PASSWORD", ADMIN_PASSWORD,
            "ATRIUM_MAX_PAGE_SIZE", "50",
            "ATRIUM_DEFAULT_PAGE_SIZE", "20");
    private static final DateTimeFormatter API_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static Stream<String> listedContainers() {
        return Arrays.stream(System.getenv("ATRIUM_TEST_CONTAINERS").split(",")).map(String::trim)
                .filter(name -> !name.isEmpty());
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("listedContainers")
    void theWarServesTheSmokeScenario(String container, @TempDir Path base) throws Exception {
        Path war = Path.of(System.getProperty("atrium.war", "target/atrium.war")).toAbsolutePath();
        int port = freePort();
        boolean withModule = System.getenv(ExampleModule.JAR_VARIABLE) != null;
        Map<String, String> parameters = withModule
                ? Map.of("atrium.modules.dir", ExampleModule.modulesFolder(base.resolve("atrium")).toString()) : Map.of();
        try (TestDatabase database = TestDatabase.create(DatabaseKind.POSTGRESQL);
             ContainerProcess running = deploy(container, war, base.resolve(container), port, database.settings(),
                     parameters)) {
            ApiClient anonymous = new ApiClient(URI.create("http://127.0.0.1:" + port));
            running.awaitHealthy(anonymous, "/atrium/health", Duration.ofSeconds(120));
            smokeScenario(anonymous);
            if (withModule) {
                ExampleModule.serves(logIn(anonymous), "/atrium");
            }
        }
    }

    /** Health, login, then a Brand and a linked Product created, read, listed and deleted. */
    private static void smokeScenario(ApiClient anonymous) {
        assertThat(anonymous.get("/atrium/health").json().get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.get("/atrium/api/v1/Product").status()).isEqualTo(401);
        ApiClient api = logIn(anonymous);

        ApiResponse brand = api.post("/atrium/api/v1/Brand", Map.of("name", "Deployed", "code", "deployed"));
        assertThat(brand.status()).as(brand.toString()).isEqualTo(200);
        String brandId = brand.json().get("id").asText();

        ApiResponse created = api.post("/atrium/api/v1/Product", Map.of("name", "Shipped", "number", "D-1",
                "brandId", brandId));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        String path = "/atrium/api/v1/Product/" + created.json().get("id").asText();

        JsonNode read = api.get(path).json();
        assertThat(read.get("name").asText()).isEqualTo("Shipped");
        assertThat(read.get("brandName").asText()).isEqualTo("Deployed");
        LocalDateTime createdAt = LocalDateTime.parse(read.get("createdAt").asText(), API_DATE_TIME);
        assertThat(Duration.between(createdAt, LocalDateTime.now(ZoneOffset.UTC)).abs())
                .as("createdAt is UTC although the container runs in another zone").isLessThan(Duration.ofMinutes(2));

        JsonNode list = api.get("/atrium/api/v1/Product?maxSize=50").json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("list").get(0).get("id").asText()).isEqualTo(read.get("id").asText());
        assertThat(api.get("/atrium/api/v1/Product?maxSize=51").status())
                .as("ATRIUM_MAX_PAGE_SIZE from the environment applies").isEqualTo(400);

        assertThat(api.delete(path).text()).isEqualTo("true");
        assertThat(api.get(path).status()).isEqualTo(404);
    }

    private static ApiClient logIn(ApiClient anonymous) {
        ApiResponse login = anonymous.send(anonymous.request("/atrium/api/v1/App/user")
                .header("Authorization", ApiClient.basic("admin", ADMIN_PASSWORD)).GET());
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return anonymous.withToken(login.json().get("authorizationToken").asText());
    }

    private static ContainerProcess deploy(String container, Path war, Path base, int port, DatabaseSettings db,
            Map<String, String> parameters) throws IOException, InterruptedException {
        Files.createDirectories(base);
        return switch (container) {
            case "tomcat" -> TomcatDeployment.start(home(container), war, base, port, db, parameters, ENVIRONMENT);
            case "jetty" -> JettyDeployment.start(home(container), war, base, port, db, parameters, ENVIRONMENT);
            default -> throw new IllegalArgumentException("ATRIUM_TEST_CONTAINERS lists '" + container
                    + "'; known: tomcat, jetty");
        };
    }

    private static Path home(String container) {
        String home = System.getProperty("atrium.test." + container + ".home");
        if (home == null) {
            throw new IllegalStateException("no " + container + " distribution: the containers profile unpacks it "
                    + "when ATRIUM_TEST_CONTAINERS is set before Maven starts");
        }
        return Path.of(home);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
