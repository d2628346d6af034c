package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.atrium.app.boot.ClassDataLaunch;
import dev.atrium.app.http.ApiClient;
import dev.atrium.app.http.ApiResponse;

/** The packaged WAR is both a deployable web application and a program: {@code java -jar atrium.war}. */
class WarLaunchIT {

    private static final int AOT_CACHE_RELEASE = 25;
    private static final Path JDKS = Path.of("/usr/lib/jvm");
    private static final Pattern RELEASE = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    private final Path war = WarProcess.war();

    @TempDir
    Path dataDir;

    @TempDir
    Path logs;

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

    /**
     * {@code java -jar} on a WAR of its own (a copy: its own unpacked folder, no class-data archive yet): the
     * first start serves the API and records the archive as it stops on SIGTERM; the next serves from a JVM
     * that maps it, and a killed launcher takes its server along. On the JVM that runs the tests (Java 17 in
     * CI): a dynamic class-data archive.
     */
    @Test
    void javaJarServesTheApiAndRecordsTheClassArchiveThatItsNextStartUses() throws Exception {
        servesAndRecords(Path.of(System.getProperty("java.home")), "-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=",
                ".jsa");
    }

    /** The same on Java 25 or later, when one is installed: an AOT cache, made in a second step after the stop. */
    @Test
    void onJava25JavaJarRecordsAnAotCache() throws Exception {
        Optional<Path> java25 = javaHomeFrom(AOT_CACHE_RELEASE);
        assumeTrue(java25.isPresent(), "no JDK " + AOT_CACHE_RELEASE + " or later in " + JDKS + " or ATRIUM_TEST_JAVA25_HOME");
        servesAndRecords(java25.get(), "-XX:AOTMode=record", "-XX:AOTCache=", ".aot");
    }

    private void servesAndRecords(Path javaHome, String recordingOption, String mappingOption, String extension)
            throws Exception {
        Path copy = Files.copy(war, logs.resolve("atrium.war"));
        Path unpacked = Path.of(System.getProperty("java.io.tmpdir"),
                "atrium-war-" + Files.size(copy) + "-" + Files.getLastModifiedTime(copy).toMillis());
        Map<String, String> settings = Map.of("ATRIUM_PORT", "0", "ATRIUM_DATA_DIR", dataDir.toString());
        try {
            String productId;
            try (WarProcess first = WarProcess.start(javaHome, copy, settings, logs.resolve("first.log"))) {
                System.out.println("java -jar atrium.war (" + javaHome + "): first start in " + first.startMillis() + " ms");
                assertThat(arguments(first)).as("the first start records").anyMatch(arg -> arg.startsWith(recordingOption));
                Path passwordFile = dataDir.resolve("initial-admin-password");
                assertThat(passwordFile).as("a first start without ATRIUM_ADMIN_PASSWORD makes a random one").exists();
                ApiClient anonymous = new ApiClient(first.uri());
                assertThat(anonymous.get("/health").status()).isEqualTo(200);
                assertThat(anonymous.get("/api/v1/Product").status()).isEqualTo(401);
                ApiClient api = anonymous.loggedInAs("admin", Files.readString(passwordFile).trim());
                ApiResponse created = api.post("/api/v1/Product", Map.of("name", "Packaged", "number", "W-1"));
                assertThat(created.status()).isEqualTo(200);
                productId = created.json().get("id").asText();
                assertThat(api.get("/api/v1/Product/" + productId).json().get("name").asText()).isEqualTo("Packaged");
                assertThat(Files.list(dataDir)).as("the H2 file lives in the data directory")
                        .anyMatch(path -> path.getFileName().toString().startsWith("atrium"));
                assertThat(first.stop(Duration.ofSeconds(60))).as("stops on SIGTERM").isTrue();
                assertThat(first.output()).contains("writing the class-data archive").doesNotContain("was not made");
            }
            try (Stream<Path> files = Files.list(unpacked)) {
                assertThat(files.map(path -> path.getFileName().toString()))
                        .as("the archive, kept after the clean stop, and no recording left").anyMatch(name -> name.endsWith(extension))
                        .noneMatch(name -> name.contains(".recording-"));
            }

            WarProcess second = WarProcess.start(javaHome, copy, settings, logs.resolve("second.log"));
            System.out.println("java -jar atrium.war (" + javaHome + "): start with the archive in " + second.startMillis()
                    + " ms");
            ProcessHandle server = second.server();
            assertThat(server.pid()).as("served from a second JVM").isNotEqualTo(second.launcherPid());
            assertThat(arguments(second)).anyMatch(arg -> arg.startsWith(mappingOption))
                    .contains("-Dslf4j.provider=" + ClassDataLaunch.SLF4J_PROVIDER);
            ApiClient api = new ApiClient(second.uri()).loggedInAs("admin",
                    Files.readString(dataDir.resolve("initial-admin-password")).trim());
            assertThat(api.get("/api/v1/Product/" + productId).status()).isEqualTo(200);
            second.killLauncher();
            assertThat(server.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("the server stops without its launcher")
                    .isFalse();
            assertThat(second.output()).contains("The launching process is gone: stopping", "Atrium stopped in ")
                    .as("the JVM maps the archive without a word, and SLF4J finds the logging binding it is given")
                    .doesNotContain("[aot]", "[cds]", "SLF4J");
        } finally {
            try (Stream<Path> files = Files.walk(unpacked)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /**
     * A JDK of this release or later: ATRIUM_TEST_JAVA25_HOME, or the first under /usr/lib/jvm whose
     * {@code release} file says so.
     */
    private static Optional<Path> javaHomeFrom(int release) throws IOException {
        String configured = System.getenv("ATRIUM_TEST_JAVA25_HOME");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        if (!Files.isDirectory(JDKS)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(JDKS)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .filter(home -> releaseOf(home) >= release).sorted().findFirst();
        }
    }

    private static int releaseOf(Path javaHome) {
        try {
            Matcher version = RELEASE.matcher(Files.readString(javaHome.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The serving JVM's command line, from Linux's /proc (ProcessHandle.Info may leave long ones out). */
    private static List<String> arguments(WarProcess atrium) throws IOException {
        return List.of(Files.readString(Path.of("/proc", String.valueOf(atrium.server().pid()), "cmdline")).split("\0"));
    }
}
