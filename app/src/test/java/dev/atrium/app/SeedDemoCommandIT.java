package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar atrium.war seed-demo} loads the modules' demo data, and a second run changes nothing. */
class SeedDemoCommandIT {

    private final Path war = Path.of(System.getProperty("atrium.war", "target/atrium.war"));

    @TempDir
    Path folder;

    @Test
    void seedsTheDemoCatalogueOnceAndThenLeavesItAlone() throws Exception {
        assertThat(seed()).contains("4022 created, 0 updated, 0 unchanged, 0 failed.");
        assertThat(seed()).contains("0 created, 0 updated, 4022 unchanged, 0 failed.");
    }

    private String seed() throws Exception {
        Path output = folder.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", war.toAbsolutePath().toString(), "seed-demo").redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(Map.of("ATRIUM_DATA_DIR", folder.resolve("data").toString(),
                "ATRIUM_ADMIN_PASSWORD", "seed-demo-admin"));
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finishes by itself").isTrue();
        String text = Files.readString(output);
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }
}
