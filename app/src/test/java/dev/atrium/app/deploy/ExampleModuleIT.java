package dev.atrium.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import dev.atrium.app.http.ApiClient;

/**
 * {@code java -jar atrium.war} with the example module's jar in ATRIUM_MODULES_DIR, as an operator runs it:
 * the module is loaded from the folder, and its entities answer over HTTP and appear in the document.
 */
@EnabledIfEnvironmentVariable(named = ExampleModule.JAR_VARIABLE, matches = ".*\\S.*")
class ExampleModuleIT {

    private static final String ADMIN_PASSWORD = "module-admin-secret-5";

    @Test
    void theWarRunsTheExampleModuleFromTheModulesFolder(@TempDir Path base) throws Exception {
        Path war = Path.of(System.getProperty("atrium.war", "target/atrium.war")).toAbsolutePath();
        Path modules = ExampleModule.modulesFolder(base);
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (ContainerProcess atrium = ContainerProcess.start("java -jar atrium.war", List.of(java, "-jar",
                war.toString()), base, Map.of("ATRIUM_PORT", String.valueOf(port), "ATRIUM_DATA_DIR",
                base.resolve("data").toString(), "ATRIUM_MODULES_DIR", modules.toString(), "ATRIUM_ADMIN_PASSWORD",
                ADMIN_PASSWORD))) {
            ApiClient anonymous = new ApiClient(URI.create("http://127.0.0.1:" + port));
            atrium.awaitHealthy(anonymous, "/health", Duration.ofSeconds(120));

            ExampleModule.serves(anonymous.loggedInAs("admin", ADMIN_PASSWORD), "");
            assertThat(atrium.output()).contains("Modules folder: atrium-module-warehouse-")
                    .containsPattern("modules: \\[core, pim, warehouse\\]");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
