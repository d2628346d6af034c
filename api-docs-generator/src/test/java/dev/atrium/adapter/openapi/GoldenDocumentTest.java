package dev.atrium.adapter.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.atrium.application.port.out.ApiDocumentFormat.Notation;
import dev.atrium.application.port.out.ApiDocumentFormat.Version;

/**
 * The OpenAPI 3.0 document of the workshop catalog, compared with the checked-in file. A change to the
 * generator shows up here as a diff to review; {@code -Datrium.updateGolden=true} rewrites the file.
 */
class GoldenDocumentTest {

    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."),
            "src/test/resources/dev/atrium/adapter/openapi/golden/workshop-openapi-3.0.json");

    @Test
    void documentIsTheCheckedInOne() throws IOException {
        String actual = Documents.render(TestCatalogs.workshop(), Version.OPENAPI_3_0, Notation.JSON) + "\n";
        if (Boolean.getBoolean("atrium.updateGolden")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
            System.out.println("Rewrote " + GOLDEN);
        }
        assertThat(GOLDEN).as("golden file; create it with -Datrium.updateGolden=true").exists();
        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail("The document differs from " + GOLDEN.getFileName() + " (- golden, + generated); if the change is "
                    + "meant, run with -Datrium.updateGolden=true and review the file's diff:\n"
                    + LineDiff.between(expected, actual));
        }
    }
}
