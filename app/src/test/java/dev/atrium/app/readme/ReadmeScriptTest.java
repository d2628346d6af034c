package dev.atrium.app.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.atrium.app.readme.ReadmeScript.Block;
import dev.atrium.app.readme.ReadmeScript.Kind;
import dev.atrium.app.readme.ReadmeScript.Step;

/** How a Markdown file becomes the README test's blocks and steps. */
class ReadmeScriptTest {

    @TempDir
    Path folder;

    @Test
    void shBlocksAreCutIntoStepsAtTheAnswersTheyShow() throws Exception {
        List<Block> blocks = ReadmeScript.blocks(markdown("""
                # Title

                ```sh
                B=http://127.0.0.1:8080/api/v1
                curl -s $B/Product \\
                  -d '{"a": 1}'
                # -> {"total":0,
                #     "list":[]}
                # a comment, not an answer
                curl -s $B/Brand
                # -> true
                echo done
                ```

                ```java
                int notRun;
                ```

                ```sh
                # Not run by the README test: it starts a server
                java -jar atrium.war
                ```

                ```sh
                # Needs the example module: ...
                curl -s $B/Warehouse
                ```
                """));

        assertThat(blocks).extracting(Block::kind).containsExactly(Kind.RUN, Kind.SKIP, Kind.NEEDS_MODULE);
        List<Step> steps = ReadmeScript.steps(blocks.get(0));
        assertThat(steps).hasSize(3);
        assertThat(steps.get(0).commands()).isEqualTo("B=http://127.0.0.1:8080/api/v1\ncurl -s $B/Product \\\n  -d '{\"a\": 1}'\n");
        assertThat(steps.get(0).answer().mismatch("{\"total\":0,\"list\":[]}")).isEmpty();
        assertThat(steps.get(0).where()).isEqualTo("README.md:4");
        assertThat(steps.get(1).commands()).isEqualTo("# a comment, not an answer\ncurl -s $B/Brand\n");
        assertThat(steps.get(1).answer().mismatch("true")).isEmpty();
        assertThat(steps.get(2).commands()).isEqualTo("echo done\n");
        assertThat(steps.get(2).answer()).isNull();
    }

    @Test
    void aShellExampleFencedOtherwiseIsAnErrorSoThatNoneEscapes() throws Exception {
        Path file = markdown("Text\n\n```bash\ncurl -s http://127.0.0.1:8080/health\n```\n");
        assertThatThrownBy(() -> ReadmeScript.blocks(file)).hasMessageContaining("README.md:3")
                .hasMessageContaining("fence it as 'sh'");
    }

    @Test
    void theSettingsAUserIsToldToSetAreTheTestsOwn() {
        String block = "export ATRIUM_PORT=8080\nexport ATRIUM_ADMIN_PASSWORD='choose-a-long-secret'   # first start\n"
                + "export ATRIUM_OTHER=1\nB=http://127.0.0.1:$ATRIUM_PORT/api/v1";
        assertThat(ReadmeIT.withSettings(block, Map.of("ATRIUM_PORT", "41234", "ATRIUM_ADMIN_PASSWORD", "s3cret")))
                .isEqualTo("export ATRIUM_PORT='41234'\nexport ATRIUM_ADMIN_PASSWORD='s3cret'   # first start\n"
                        + "export ATRIUM_OTHER=1\nB=http://127.0.0.1:$ATRIUM_PORT/api/v1");
    }

    private Path markdown(String text) throws Exception {
        return Files.writeString(folder.resolve("README.md"), text);
    }
}
