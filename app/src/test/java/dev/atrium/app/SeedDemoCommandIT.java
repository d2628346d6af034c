package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.atrium.app.http.ApiClient;
import dev.atrium.app.http.ApiResponse;

/**
 * The modules' demo data: seeded by the server at its start with ATRIUM_SEED_DEMO=true, while
 * {@code java -jar atrium.war seed-demo} says what to do instead as long as the server holds the H2 file,
 * and afterwards finds every record already there.
 */
class SeedDemoCommandIT {

    private static final String PASSWORD = "seed-demo-admin";

    private final Path war = Path.of(System.getProperty("atrium.war", "target/atrium.war"));

    @TempDir
    Path folder;

    @Test
    void theServerSeedsAtItsStartAndTheCommandThenChangesNothing() throws Exception {
        Map<String, String> settings = Map.of("ATRIUM_DATA_DIR", folder.resolve("data").toString(),
                "ATRIUM_ADMIN_PASSWORD", PASSWORD, "ATRIUM_PORT", "0", "ATRIUM_SEED_DEMO", "true");
        try (WarProcess atrium = WarProcess.start(settings, folder.resolve("server.txt"))) {
            assertThat(atrium.output()).containsPattern(
                    "Demo data seeded in \\d+ ms: 4022 created, 0 updated, 0 unchanged, 0 failed\\.");
            ApiClient api = new ApiClient(atrium.uri()).loggedInAs("admin", PASSWORD);
            ApiResponse product = api.get("/api/v1/Product/demo-product-0001");
            assertThat(product.status()).as(product.toString()).isEqualTo(200);
            assertThat(product.json().get("number").asText()).isEqualTo("DEMO-0001");
            assertThat(api.get("/api/v1/Category?select=code&maxSize=100").json().get("list"))
                    .allSatisfy(category -> assertThat(category.get("code").asText()).startsWith("demo-"));

            Command whileRunning = seed(settings);
            assertThat(whileRunning.exitCode()).isEqualTo(1);
            assertThat(whileRunning.output()).contains("start it with ATRIUM_SEED_DEMO=true instead");

            assertThat(atrium.stop(Duration.ofSeconds(30))).isTrue();
        }
        Command afterwards = seed(settings);
        assertThat(afterwards.exitCode()).as(afterwards.output()).isZero();
        assertThat(afterwards.output()).contains("0 created, 0 updated, 4022 unchanged, 0 failed.");
    }

    private Command seed(Map<String, String> settings) throws Exception {
        Path output = folder.resolve("seed-demo.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", war.toAbsolutePath().toString(), "seed-demo").redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(settings);
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finishes by itself").isTrue();
        return new Command(process.exitValue(), Files.readString(output));
    }

    private record Command(int exitCode, String output) {
    }
}
