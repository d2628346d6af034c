package dev.atrium.app.boot;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs the server in a second JVM that maps an archive of the classes Atrium loads, so a start does not read,
 * parse and verify some 9,000 classes from the jars again (ADR 18): on Java 25 and later an AOT cache, which
 * also holds the classes linked and the methods' profiles of the run that recorded it (JEP 483, 515), before
 * that a dynamic class-data-sharing archive. Options such as
 * {@code -XX:SharedArchiveFile} can only be given when a JVM starts, which {@code java -jar} does not allow a
 * program to do for itself; so this JVM starts the server's with the same options, waits for it and passes
 * its exit status on. The first run on a machine records the archive: the server JVM writes it when it stops,
 * and it is put in place only after a clean stop. A server JVM whose launcher is gone stops (it watches its
 * standard input, a pipe from this JVM, reach its end).
 */
public final class ClassDataLaunch {

    /** Set on the server JVM: the epoch millisecond this launcher's process started, for the start-up time. */
    public static final String LAUNCHED_AT = "atrium.launcher.started";

    /** Set on the server JVM that records the archive, which it writes as it exits. */
    public static final String RECORDING = "atrium.launcher.recording";

    /** Options with which a second JVM would misbehave (a debugger port taken twice) or which choose archives. */
    private static final List<String> OWN_JVM_ONLY = List.of("-agentlib", "-agentpath", "-javaagent", "-Xdebug",
            "-Xrunjdwp", "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive",
            "-XX:AOTCache", "-XX:AOTMode", "-XX:AOTConfiguration", "-XX:StartFlightRecording", "-XX:DumpLoadedClassList");

    /**
     * The logging binding the WAR ships, named so that SLF4J need not look for one with a service loader,
     * which opens every jar of the class path (some 80; about 0.1 s of a start), most of them otherwise
     * never opened since their classes come from the archive.
     */
    public static final String SLF4J_PROVIDER = "org.slf4j.jul.JULServiceProvider";

    /** The Java release from which the JVM records and maps an AOT cache in two steps (JEP 483, 514, 515). */
    private static final int AOT_CACHE_RELEASE = 25;

    private final List<String> jvmOptions;
    private final List<Path> classPath;
    private final Kind kind;
    private final Path archive;
    private final Path recording;

    private ClassDataLaunch(List<String> jvmOptions, List<Path> classPath, Kind kind, Path archive) {
        this.jvmOptions = jvmOptions;
        this.classPath = classPath;
        this.kind = kind;
        this.archive = archive;
        this.recording = archive.resolveSibling(archive.getFileName() + ".recording-" + ProcessHandle.current().pid());
    }

    /**
     * A launch through an archive kept in the unpacked WAR's folder, when it applies: the server (no command),
     * not switched off with {@code ATRIUM_CLASS_ARCHIVE=false}, and no JVM option that a second JVM must not
     * repeat.
     */
    static Optional<ClassDataLaunch> of(String[] args, Path unpacked, List<Path> classPath) {
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (args.length > 0 || "false".equalsIgnoreCase(System.getenv("ATRIUM_CLASS_ARCHIVE"))
                || jvmOptions.stream().anyMatch(option -> OWN_JVM_ONLY.stream().anyMatch(option::startsWith))) {
            return Optional.empty();
        }
        // an archive fits one JVM build and the options it was made with (heap size, collector)
        String key = sha256(System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version") + "\n"
                + String.join("\n", jvmOptions)).substring(0, 16);
        Kind kind = Runtime.version().feature() >= AOT_CACHE_RELEASE ? Kind.AOT_CACHE : Kind.DYNAMIC_ARCHIVE;
        return Optional.of(new ClassDataLaunch(jvmOptions, classPath, kind,
                unpacked.resolve("classes-" + key + kind.extension)));
    }

    /**
     * Starts the server JVM, waits for it and returns its exit status; stopping this JVM stops that one.
     * Empty when no second JVM can be started (a runtime image without the {@code java} command): the caller
     * then serves from this one.
     */
    OptionalInt run(String mainClass) throws InterruptedException {
        boolean recorded = Files.isRegularFile(archive);
        List<String> command = java();
        command.addAll(recorded ? kind.mapping(archive) : kind.recording(recording));
        command.add("-D" + RECORDING + "=" + !recorded);
        if (jvmOptions.stream().noneMatch(option -> option.startsWith("-Dslf4j.provider="))) {
            command.add("-Dslf4j.provider=" + SLF4J_PROVIDER);
            // without SLF4J's note, at every start, that it loads the provider named; a failure is still reported
            command.add("-Dslf4j.internal.verbosity=WARN");
        }
        command.add("-D" + LAUNCHED_AT + "=" + ManagementFactory.getRuntimeMXBean().getStartTime());
        command.add(mainClass);
        Process server;
        try {
            server = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            System.err.println("No second JVM for the class-data archive (" + e.getMessage() + "): serving from this one");
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // SIGTERM through the handle: Process.destroy would also close the pipe, which the server takes for
            // this JVM being gone
            server.toHandle().destroy();
            try {
                keepRecording(server.waitFor());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "atrium-launcher-stop"));
        int status = server.waitFor();
        keepRecording(status);
        return OptionalInt.of(status);
    }

    /**
     * The {@code java} command of this JVM with its options, quiet about archives, and the class path: a JVM
     * build that cannot use an archive (another version, a mismatch) only runs without it, and need not say so.
     */
    private List<String> java() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Xlog:cds*=off");
        command.add("-Xlog:class+path=off");
        if (kind == Kind.AOT_CACHE) {
            command.add("-Xlog:aot*=off");
        }
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        return command;
    }

    /**
     * Puts the archive the server recorded, if it did, in place after a clean stop (0, or the JVM's answer to
     * SIGINT or SIGTERM); a failed or killed run's is dropped. An AOT cache is made from the recorded
     * configuration by one more JVM run, into a file of its own that is moved into place once complete.
     */
    private synchronized void keepRecording(int status) {
        if (!Files.exists(recording)) {
            return;
        }
        try {
            if (status == 0 || status == 130 || status == 143) {
                Path made = kind == Kind.AOT_CACHE ? createAotCache() : recording;
                if (made != null) {
                    Files.move(made, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            System.err.println("The class-data archive was not kept (" + e + "); the next start records it again");
        } finally {
            try {
                Files.deleteIfExists(recording);
            } catch (IOException e) {
                System.err.println("The class-data recording " + recording + " was not removed: " + e);
            }
        }
    }

    /**
     * @return the AOT cache made from the recording, or null when the JVM could not make it: then what it said
     *     is passed on
     */
    private Path createAotCache() throws IOException {
        Path made = recording.resolveSibling(recording.getFileName() + ".aot");
        Path output = recording.resolveSibling(recording.getFileName() + ".log");
        List<String> command = java();
        command.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + recording, "-XX:AOTCache=" + made));
        try {
            Process create = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (create.waitFor() == 0 && Files.isRegularFile(made)) {
                return made;
            }
            System.err.println("The AOT cache was not made (the JVM exited with " + create.exitValue()
                    + "); the next start records it again. The JVM said:\n" + Files.readString(output).strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Files.deleteIfExists(output);
        }
        Files.deleteIfExists(made);
        return null;
    }

    /** How this JVM records an archive and maps it. */
    private enum Kind {
        /** Java 25 and later: the classes loaded and linked, and the methods' profiles; made by a second step. */
        AOT_CACHE(".aot") {
            @Override
            List<String> recording(Path recording) {
                return List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + recording);
            }

            @Override
            List<String> mapping(Path archive) {
                return List.of("-XX:AOTCache=" + archive);
            }
        },
        /** The classes loaded, parsed and verified; the JVM writes it as it exits. */
        DYNAMIC_ARCHIVE(".jsa") {
            @Override
            List<String> recording(Path recording) {
                return List.of("-XX:ArchiveClassesAtExit=" + recording);
            }

            @Override
            List<String> mapping(Path archive) {
                return List.of("-XX:SharedArchiveFile=" + archive);
            }
        };

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        abstract List<String> recording(Path recording);

        abstract List<String> mapping(Path archive);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
