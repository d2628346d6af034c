package dev.atrium.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged WAR run as its own program ({@code java -jar atrium.war}) in a child JVM, its output
 * kept in a file, so that tests can stop it the way an operator or a crash would.
 */
final class WarProcess implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Atrium started at (http://\\S+) in (\\d+) ms");
    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    private final Process process;
    private final Path output;
    private final URI uri;
    private final long startMillis;

    private WarProcess(Process process, Path output, URI uri, long startMillis) {
        this.process = process;
        this.output = output;
        this.uri = uri;
        this.startMillis = startMillis;
    }

    /** The WAR that the build made (Failsafe passes its path). */
    static Path war() {
        return Path.of(System.getProperty("atrium.war", "target/atrium.war"));
    }

    /** Starts the WAR with these settings (environment names) and waits until it answers. */
    static WarProcess start(Map<String, String> environment, Path output) throws IOException, InterruptedException {
        return start(war(), environment, output);
    }

    /** Starts this WAR with these settings (environment names) and waits until it answers. */
    static WarProcess start(Path war, Map<String, String> environment, Path output) throws IOException,
            InterruptedException {
        return start(Path.of(System.getProperty("java.home")), war, environment, output);
    }

    /** Starts this WAR with the {@code java} of this JDK and these settings, and waits until it answers. */
    static WarProcess start(Path javaHome, Path war, Map<String, String> environment, Path output) throws IOException,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(javaHome.resolve("bin").resolve("java").toString(),
                "-Xmx512m", "-jar", war.toAbsolutePath().toString()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher started = STARTED.matcher(Files.readString(output, StandardCharsets.UTF_8));
            if (started.find()) {
                return new WarProcess(process, output, URI.create(started.group(1)), Long.parseLong(started.group(2)));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Atrium exited before it started:\n" + Files.readString(output));
            }
            Thread.sleep(100);
        }
        process.destroyForcibly().waitFor();
        throw new AssertionError("Atrium did not start within " + START_LIMIT + ":\n" + Files.readString(output));
    }

    /** The JVM that serves: the one {@code java -jar} started, or its child (ClassDataLaunch). */
    ProcessHandle server() {
        return process.descendants().findFirst().orElse(process.toHandle());
    }

    long launcherPid() {
        return process.pid();
    }

    /** SIGKILL to the JVM that {@code java -jar} started, and only to it. */
    void killLauncher() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    URI uri() {
        return uri;
    }

    /** How long it took to start, as it logged it. */
    long startMillis() {
        return startMillis;
    }

    /** Everything it printed so far. */
    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SIGKILL on Linux to the JVM that serves (the launcher's child, see ClassDataLaunch) and the launcher: no
     * shutdown hook runs, nothing is flushed or closed.
     */
    void kill() throws InterruptedException {
        List<ProcessHandle> server = process.descendants().toList();
        server.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        for (ProcessHandle jvm : server) {
            jvm.onExit().join();
        }
    }

    /** SIGTERM to the launcher, which stops the JVM that serves; whether both stopped within the time. */
    boolean stop(Duration limit) throws InterruptedException {
        process.destroy();
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive() && !stop(Duration.ofSeconds(20))) {
            kill();
        }
    }
}
