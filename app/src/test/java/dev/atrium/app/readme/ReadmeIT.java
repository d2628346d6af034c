package dev.atrium.app.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.atrium.app.readme.ReadmeScript.Block;
import dev.atrium.app.readme.ReadmeScript.Kind;
import dev.atrium.app.readme.ReadmeScript.Step;

/**
 * The README runs as written: its shell examples, in order, with bash against a freshly started
 * {@code java -jar atrium.war} (H2, its own data folder and port), each answer checked against the one the
 * README shows. Then the server is stopped as a user stops it.
 *
 * <p>Conventions of the Markdown files read (README.md, then the example module's README):
 * <ul>
 * <li>Every shell example is fenced {@code ```sh}; a shell fence with another name ({@code bash},
 * {@code shell}, {@code console}) fails the test, so that no example escapes it. Other fences ({@code xml},
 * {@code java}, {@code sql}, {@code json}, none) are not run.</li>
 * <li>A block whose first line starts with {@code # Not run by the README test} is skipped; the rest of that
 * line says why (it builds or starts Atrium, deploys it, needs another database). A block whose first line
 * starts with {@code # Needs the example module} runs only when {@code ATRIUM_TEST_MODULE_JAR} names the built
 * jar of examples/module-warehouse (CI sets it), which then goes into the modules folder before the start; the
 * example module's README runs only then too.</li>
 * <li>All other {@code sh} blocks run in one bash session ({@code set -e -o pipefail}), so variables carry from
 * one block to the next, in the test's own working folder (Atrium's data is {@code ./atrium-data} there, and
 * {@code app/target/atrium.war} is the WAR under test).</li>
 * <li>The answer a command prints is shown on the line after it as {@code # -> answer}, continued on the lines
 * below that start with {@code #} and two or more blanks. JSON answers are compared as shapes (keys, statuses,
 * values; ids, date-times and tokens only by their form; {@code ...} for "more" or "anything", see
 * {@link AnswerShape}), other answers as text with {@code ...} for anything. A command that prints something
 * must show it; a command that exits non-zero fails the test.</li>
 * <li>Settings are set the way the README tells a user to: the test changes the value of each line
 * {@code export ATRIUM_PORT=...} and {@code export ATRIUM_ADMIN_PASSWORD=...} to its own, and starts Atrium with
 * the same values.</li>
 * </ul>
 */
class ReadmeIT {

    private static final String PASSWORD = "readme-walk-secret-9";
    private static final String MODULE_JAR = "ATRIUM_TEST_MODULE_JAR";
    private static final Pattern EXPORT = Pattern.compile("^(\\s*export\\s+)(ATRIUM_[A-Z_]+)=('[^']*'|\"[^\"]*\"|\\S*)(.*)$");
    private static final Pattern STARTED = Pattern.compile("Atrium started at http://\\S+ in \\d+ ms");
    private static final Duration START_LIMIT = Duration.ofSeconds(120);
    private static final Duration WALK_LIMIT = Duration.ofSeconds(240);
    private static final Pattern TIME = Pattern.compile("\\d+\\.\\d+");

    @TempDir
    Path folder;

    @Test
    void everyShellExampleRunsInOrderAndAnswersAsShown() throws Exception {
        Path root = repositoryRoot();
        Optional<Path> module = moduleJar();
        List<Block> blocks = new ArrayList<>(ReadmeScript.blocks(root.resolve("README.md")));
        List<Block> moduleBlocks = ReadmeScript.blocks(root.resolve("examples/module-warehouse/README.md"));
        if (module.isPresent()) {
            blocks.addAll(moduleBlocks);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("ATRIUM_PORT", String.valueOf(freePort()));
        settings.put("ATRIUM_ADMIN_PASSWORD", PASSWORD);

        Path war = Path.of(System.getProperty("atrium.war", "target/atrium.war")).toAbsolutePath();
        Files.createDirectories(folder.resolve("app/target"));
        Files.createSymbolicLink(folder.resolve("app/target/atrium.war"), war);
        if (module.isPresent()) {
            Path modules = Files.createDirectories(folder.resolve("atrium-data/modules"));
            Files.copy(module.get(), modules.resolve(module.get().getFileName()));
        }
        List<Step> steps = new ArrayList<>();
        for (Block block : blocks) {
            if (block.kind() == Kind.RUN || block.kind() == Kind.NEEDS_MODULE && module.isPresent()) {
                steps.addAll(ReadmeScript.steps(block));
            }
        }
        assertThat(steps).as("steps to run").isNotEmpty();

        Process atrium = start(war, settings);
        try {
            long walkStarted = System.nanoTime();
            walk(steps, settings, atrium);
            System.out.printf("README walk: %d steps in %d ms%n", steps.size(), (System.nanoTime() - walkStarted) / 1_000_000);
        } finally {
            Files.delete(folder.resolve("app/target/atrium.war"));
            atrium.destroy();
            assertThat(atrium.waitFor(30, TimeUnit.SECONDS)).as("Atrium stops on SIGTERM").isTrue();
        }
        String log = log();
        String afterStart = log.substring(log.indexOf("Atrium started at"));
        assertThat(afterStart.lines().filter(line -> line.contains("Atrium stopped")).count())
                .as("one line says Atrium stopped:\n" + afterStart).isEqualTo(1);
        assertThat(afterStart.strip().lines().reduce((first, second) -> second).orElseThrow())
                .as("the last line of the log").contains("Atrium stopped in ");
        Path trace = folder.resolve("atrium-data/atrium.trace.db");
        if (Files.exists(trace)) {
            assertThat(Files.readString(trace)).as("H2's trace file").doesNotContain("not found");
        }
    }

    private void walk(List<Step> steps, Map<String, String> settings, Process atrium) throws Exception {
        Path out = Files.createDirectories(folder.resolve("steps"));
        StringBuilder script = new StringBuilder("set -e -o pipefail\n");
        for (int i = 0; i < steps.size(); i++) {
            script.append("echo ").append(i).append(" > '").append(out).append("/current'; echo \"").append(i)
                    .append(" $EPOCHREALTIME\" >> '").append(out).append("/times'\n{\n")
                    .append(withSettings(steps.get(i).commands(), settings))
                    .append("\n} > '").append(out).append('/').append(i).append(".out' 2> '").append(out).append('/')
                    .append(i).append(".err'\n");
        }
        script.append("echo \"end $EPOCHREALTIME\" >> '").append(out).append("/times'; echo done > '").append(out)
                .append("/current'\n");
        Path file = folder.resolve("readme.sh");
        Files.writeString(file, script);

        ProcessBuilder bash = new ProcessBuilder("bash", file.toString()).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(folder.resolve("bash.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        bash.environment().keySet().removeIf(name -> name.startsWith("ATRIUM_"));
        bash.environment().put("LC_NUMERIC", "C");
        bash.environment().put("no_proxy", "127.0.0.1,localhost");
        bash.environment().put("NO_PROXY", "127.0.0.1,localhost");
        Process process = bash.start();
        boolean finished = process.waitFor(WALK_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String reached = Files.readString(out.resolve("current")).strip();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (!reached.equals("done") && i >= Integer.parseInt(reached)) {
                throw new AssertionError(step.where() + ": " + (finished ? "exited with " + process.exitValue()
                        : "did not finish within " + WALK_LIMIT) + "\n" + describe(step, out, i, atrium));
            }
            String printed = Files.readString(out.resolve(i + ".out"));
            if (step.answer() == null) {
                assertThat(printed).as(step.where() + " prints an answer the README does not show (add '# -> ...')\n"
                        + describe(step, out, i, atrium)).isBlank();
                continue;
            }
            Optional<String> mismatch = step.answer().mismatch(printed);
            if (mismatch.isPresent()) {
                throw new AssertionError(step.where() + ": " + mismatch.get() + "\n" + describe(step, out, i, atrium));
            }
        }
        assertThat(finished).isTrue();
        System.out.println("Slowest steps: " + slowest(steps, Files.readAllLines(out.resolve("times"))));
    }

    /** The three steps that took longest, to keep the walk fast (bash 5 tells the times; an older one does not). */
    private static String slowest(List<Step> steps, List<String> times) {
        List<String> durations = new ArrayList<>();
        for (int i = 0; i + 1 < times.size() && i < steps.size(); i++) {
            String[] start = times.get(i).split(" ");
            String[] end = times.get(i + 1).split(" ");
            if (start.length < 2 || end.length < 2 || !TIME.matcher(start[1]).matches() || !TIME.matcher(end[1]).matches()) {
                return "unknown";
            }
            double took = Double.parseDouble(end[1]) - Double.parseDouble(start[1]);
            durations.add(String.format(Locale.ROOT, "%08.3f s %s", took, steps.get(i).where()));
        }
        return durations.stream().sorted(Comparator.reverseOrder()).limit(3).toList().toString();
    }

    private String describe(Step step, Path out, int index, Process atrium) throws IOException {
        String printed = Files.exists(out.resolve(index + ".out")) ? Files.readString(out.resolve(index + ".out")) : "";
        String errors = Files.exists(out.resolve(index + ".err")) ? Files.readString(out.resolve(index + ".err")) : "";
        String log = log();
        return "--- commands\n" + step.commands() + "--- shown\n" + step.answer() + "\n--- printed\n" + printed
                + "\n--- standard error\n" + errors + "\n--- Atrium's log (last lines, "
                + (atrium.isAlive() ? "running" : "exited") + ")\n"
                + log.substring(Math.max(0, log.length() - 3000));
    }

    /** The lines {@code export ATRIUM_X=...} of the README with the test's values, as a user sets their own. */
    static String withSettings(String commands, Map<String, String> settings) {
        StringBuilder result = new StringBuilder();
        for (String line : commands.split("\n", -1)) {
            Matcher export = EXPORT.matcher(line);
            if (export.matches() && settings.containsKey(export.group(2))) {
                line = export.group(1) + export.group(2) + "='" + settings.get(export.group(2)) + "'" + export.group(4);
            }
            result.append(result.isEmpty() ? "" : "\n").append(line);
        }
        return result.toString();
    }

    private Process start(Path war, Map<String, String> settings) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", war.toString()).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(folder.resolve("atrium.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("ATRIUM_"));
        builder.environment().putAll(settings);
        Process process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        URI health = URI.create("http://127.0.0.1:" + settings.get("ATRIUM_PORT") + "/health");
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Atrium exited before it started:\n" + log());
            }
            if (STARTED.matcher(log()).find()) {
                HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(health).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                answer.body().close();
                assertThat(answer.statusCode()).isEqualTo(200);
                return process;
            }
            Thread.sleep(100);
        }
        process.destroyForcibly().waitFor();
        throw new AssertionError("Atrium did not start within " + START_LIMIT + ":\n" + log());
    }

    private String log() throws IOException {
        return Files.readString(folder.resolve("atrium.log"), StandardCharsets.UTF_8);
    }

    private static Optional<Path> moduleJar() {
        String jar = System.getenv(MODULE_JAR);
        if (jar == null || jar.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(jar);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(MODULE_JAR + " names " + jar + ", which is no file");
        }
        return Optional.of(path);
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("app"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no README.md above " + Path.of("").toAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
