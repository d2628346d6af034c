package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** {@code java -jar atrium.war openapi} writes the document of the packaged modules and starts nothing. */
class OpenApiCommandIT {

    private final Path war = Path.of(System.getProperty("atrium.war", "target/atrium.war"));

    @TempDir
    Path folder;

    @Test
    void thePackagedWarWritesTheDocumentWithoutADatabase() throws Exception {
        Path document = folder.resolve("openapi.json");
        Path dataDir = folder.resolve("data");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", war.toAbsolutePath().toString(), "openapi", "--output", document.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("output.txt").toFile());
        builder.environment().putAll(Map.of("ATRIUM_DATA_DIR", dataDir.toString(), "ATRIUM_MAX_PAGE_SIZE", "500"));

        Process process = builder.start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("finishes by itself").isTrue();

        assertThat(process.exitValue()).as(Files.readString(folder.resolve("output.txt"))).isZero();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(Files.readString(document), null, null);
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).containsKeys("/Product", "/Brand").doesNotContainKey("/Specimen");
        assertThat(parsed.getOpenAPI().getPaths().get("/Product").getGet().getParameters())
                .filteredOn(parameter -> parameter.getName().equals("maxSize"))
                .singleElement().satisfies(maxSize -> assertThat(maxSize.getSchema().getMaximum()).isEqualByComparingTo("500"));
        assertThat(dataDir).as("no database was opened").doesNotExist();
    }
}
