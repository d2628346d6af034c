package dev.atrium.app.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.atrium.app.http.ApiClient;

/** A servlet container distribution running in its own process, its output in a log file. */
final class ContainerProcess implements AutoCloseable {

    /** The container's JVM runs far from UTC, so the smoke test also sees that date-times stay UTC. */
    static final String JVM_TIME_ZONE = "-Duser.timezone=Asia/Kathmandu";

    private final String name;
    private final Process process;
    private final Path log;

    private ContainerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command} in {@code directory} with these variables and none of the caller's ATRIUM_ ones. */
    static ContainerProcess start(String name, List<String> command, Path directory, Map<String, String> environment)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(variable -> variable.startsWith("ATRIUM_"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Path log = directory.resolve("console.log");
        builder.redirectOutput(log.toFile());
        return new ContainerProcess(name, builder.start(), log);
    }

    /** Waits until {@code healthPath} answers 200; fails with the container's output if it never does. */
    void awaitHealthy(ApiClient api, String healthPath, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                if (api.get(healthPath).status() == 200) {
                    return;
                }
            } catch (RuntimeException notListeningYet) {
                // the connector is not open yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " did not answer " + healthPath + " with 200 within " + limit + ":\n"
                + output());
    }

    /** The container's output so far, for failure messages. */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Stops the container as an operator would (SIGTERM) and expects it gone within 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(name + " did not stop within 30 s of SIGTERM:\n" + output());
        }
    }
}
