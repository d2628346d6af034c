package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** {@code java -jar atrium.war openapi}, run in this process: the document of the modules on the class path. */
class OpenApiCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    @Test
    void printsTheOpenApi30DocumentOfEveryModuleOnTheClassPath() {
        assertThat(run()).isZero();

        OpenAPI document = valid(out.toString(StandardCharsets.UTF_8));
        assertThat(document.getOpenapi()).isEqualTo("3.0.3");
        assertThat(document.getPaths()).containsKeys("/Product", "/Brand/{id}", "/Specimen");
        assertThat(document.getServers().get(0).getUrl()).isEqualTo("/api/v1");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void writesTheFileInTheNotationItsNameSaysAndTheVersionAskedFor() throws IOException {
        Path file = folder.resolve("atrium.yaml");

        assertThat(run("--output", file.toString(), "--version", "3.1")).isZero();

        String text = Files.readString(file);
        assertThat(text).startsWith("openapi: 3.1.0");
        assertThat(valid(text).getComponents().getSchemas()).containsKeys("Product", "ProductCreate", "ListOfSpecimen");
        assertThat(out.size()).isZero();
    }

    @Test
    void createsTheFoldersOfTheOutputFile() throws IOException {
        Path file = folder.resolve("build/openapi/atrium.json");

        assertThat(run("--output", file.toString())).isZero();

        assertThat(valid(Files.readString(file)).getPaths()).containsKey("/Product");
    }

    @Test
    void badArgumentsPrintTheUsage() {
        for (String[] args : List.of(new String[] {"--version", "2.0"}, new String[] {"--output"}, new String[] {"--pretty"})) {
            err.reset();
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: java -jar atrium.war openapi");
        }
        assertThat(out.size()).isZero();
    }

    @Test
    void aBrokenModuleSetIsReportedInOneLine() throws IOException {
        Path services = Files.createDirectories(folder.resolve("classes/META-INF/services"));
        Files.writeString(services.resolve("dev.atrium.application.spi.PlatformModule"),
                "dev.atrium.app.fixtures.NeedsMissingModule\n");
        try (URLClassLoader modules = new URLClassLoader(new URL[] {folder.resolve("classes").toUri().toURL()},
                getClass().getClassLoader())) {
            int status = OpenApiCommand.run(List.of(), modules, print(out), print(err));

            assertThat(status).isEqualTo(1);
        }
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("Atrium cannot describe its API:").contains("depends on 'nowhere'");
    }

    private int run(String... args) {
        return OpenApiCommand.run(List.of(args), getClass().getClassLoader(), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static OpenAPI valid(String text) {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, null);
        assertThat(result.getMessages()).isEmpty();
        return result.getOpenAPI();
    }
}
