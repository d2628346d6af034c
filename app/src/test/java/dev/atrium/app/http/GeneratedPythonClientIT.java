package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The Python client that openapi-generator's python generator made from this build's document (pydantic 2
 * models, which check every answer against its schema as they read it) logs in, creates, reads, lists with
 * and without select, updates, upserts AtroCore's documented example, reads a refusal as the typed Error and
 * deletes. Skipped where python3 cannot import pydantic 2.
 */
class GeneratedPythonClientIT {

    private static final Path CLIENT = Path.of("target/generated-python-client");
    private static final Path SCRIPT = Path.of("src/test/python/generated_client_round_trip.py");

    @Test
    void thePythonClientMakesARoundTrip() throws Exception {
        assumeTrue(Files.isDirectory(CLIENT), "the build generated no Python client");
        assumeTrue(run(List.of("python3", "-c", "import pydantic, urllib3, dateutil; "
                + "assert pydantic.VERSION.startswith('2')"), 30).exit() == 0, "python3 with pydantic 2 is missing");
        try (RunningAtrium atrium = RunningAtrium.start()) {
            Result result = run(List.of("python3", SCRIPT.toString(), atrium.uri().resolve("/api/v1").toString(),
                    RunningAtrium.ADMIN_PASSWORD), 120);
            assertThat(result.exit()).as(result.output()).isZero();
            assertThat(result.output()).contains("python client round trip: ok");
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, int seconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PYTHONPATH", CLIENT.toAbsolutePath().toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new Result(-1, "python3 cannot be started: " + e.getMessage());
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out after " + seconds + " s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
