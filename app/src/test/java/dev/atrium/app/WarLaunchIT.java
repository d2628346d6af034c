package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.atrium.app.http.ApiClient;
import dev.atrium.app.http.ApiResponse;

/** The packaged WAR is both a deployable web application and a program: {@code java -jar atrium.war}. */
class WarLaunchIT {

    private static final Pattern STARTED = Pattern.compile("Atrium started at (http://\\S+) in (\\d+) ms");

    private final Path war = Path.of(System.getProperty("atrium.war", "target/atrium.war"));

    @TempDir
    Path dataDir;

    @Test
    void warIsLaidOutForServletContainersAndForJavaJar() throws IOException {
        try (ZipFile zip = new ZipFile(war.toFile())) {
            assertThat(zip.getEntry("WEB-INF/web.xml")).isNotNull();
            assertThat(zip.getEntry("dev/atrium/app/boot/WarLauncher.class")).isNotNull();
            List<String> libraries = zip.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith("WEB-INF/lib/")).toList();
            assertThat(libraries).anyMatch(name -> name.contains("module-pim"));
            assertThat(libraries).as("the container brings its own servlet API and server")
                    .noneMatch(name -> name.contains("servlet-api") || name.contains("jetty-"));
            assertThat(zip.stream().map(entry -> entry.getName()))
                    .anyMatch(name -> name.startsWith("WEB-INF/lib-launcher/jetty-server"));
        }
    }

    @Test
    void javaJarStartsAtriumAndServesTheApi() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", war.toAbsolutePath().toString()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("ATRIUM_PORT", "0", "ATRIUM_DATA_DIR", dataDir.toString()));
        Process process = builder.start();
        try {
            Matcher started = awaitStart(process);
            System.out.println("java -jar atrium.war: started in " + started.group(2) + " ms");
            URI uri = URI.create(started.group(1));
            Path passwordFile = dataDir.resolve("initial-admin-password");
            assertThat(passwordFile).as("a first start without ATRIUM_ADMIN_PASSWORD makes a random one").exists();
            ApiClient anonymous = new ApiClient(uri);
            assertThat(anonymous.get("/health").status()).isEqualTo(200);
            assertThat(anonymous.get("/api/v1/Product").status()).isEqualTo(401);
            ApiClient api = anonymous.loggedInAs("admin", Files.readString(passwordFile).trim());

            ApiResponse created = api.post("/api/v1/Product", Map.of("name", "Packaged", "number", "W-1"));
            assertThat(created.status()).isEqualTo(200);
            assertThat(api.get("/api/v1/Product/" + created.json().get("id").asText()).json().get("name").asText())
                    .isEqualTo("Packaged");
            assertThat(Files.list(dataDir)).as("the H2 file lives in the data directory")
                    .anyMatch(path -> path.getFileName().toString().startsWith("atrium"));
        } finally {
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }

    private static Matcher awaitStart(Process process) throws Exception {
        StringBuilder output = new StringBuilder();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Matcher> started = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.append(line).append('\n');
                    Matcher matcher = STARTED.matcher(line);
                    if (matcher.find()) {
                        drainInBackground(lines);
                        return matcher;
                    }
                }
                throw new IllegalStateException("Atrium exited before it started:\n" + output);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return started.get(90, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("Atrium did not start within 90 s:\n" + output, e);
        }
    }

    private static void drainInBackground(BufferedReader lines) {
        Thread drain = new Thread(() -> {
            try {
                while (lines.readLine() != null) {
                    // keep the pipe empty so the server never blocks on logging
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "war-output");
        drain.setDaemon(true);
        drain.start();
    }
}
