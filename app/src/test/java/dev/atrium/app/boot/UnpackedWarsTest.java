package dev.atrium.app.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unpacked WAR folders that nobody uses any more are removed; those in use or used lately stay. */
class UnpackedWarsTest {

    private static final Instant NOW = Instant.now();

    @TempDir
    Path tmp;

    @Test
    void removesTheFoldersUnusedForAnHourThatNoLauncherHolds() throws Exception {
        Path current = folder("atrium-war-1-1", Duration.ofDays(2));
        Path stale = folder("atrium-war-2-2", Duration.ofHours(2));
        Path recent = folder("atrium-war-3-3", Duration.ofMinutes(10));
        Path held = folder("atrium-war-4-4", Duration.ofHours(2));
        Path unlocked = Files.createDirectories(tmp.resolve("atrium-war-5-5").resolve("WEB-INF"));
        Path leftover = Files.createDirectories(tmp.resolve("atrium-war-removing-6-6").resolve("WEB-INF"));
        Files.setLastModifiedTime(leftover.getParent(), FileTime.from(NOW.minus(Duration.ofHours(3))));
        Path other = Files.createDirectories(tmp.resolve("something-else"));

        Process holder = holdSharedLock(held.resolve(UnpackedWars.LOCK_FILE));
        try {
            UnpackedWars.prune(tmp, current, NOW.minus(UnpackedWars.UNUSED_FOR));
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(30, TimeUnit.SECONDS);
        }

        assertThat(stale).doesNotExist();
        assertThat(leftover.getParent()).as("a removal cut short is finished").doesNotExist();
        assertThat(tmp.resolve("atrium-war-removing-2-2")).doesNotExist();
        assertThat(current).as("the launcher's own").exists();
        assertThat(recent).as("started 10 minutes ago").exists();
        assertThat(held).as("its lock held by a running launcher").exists();
        assertThat(unlocked).as("no lock file: an earlier launcher's, or one being unpacked").exists();
        assertThat(other).exists();
    }

    @Test
    void aLauncherMarksItsFolderInUseAndTellsWhenItIsGone() throws Exception {
        Path folder = folder("atrium-war-7-7", Duration.ofHours(2));

        assertThat(UnpackedWars.use(tmp.resolve("atrium-war-8-8"))).as("removed before it was locked").isFalse();
        assertThat(UnpackedWars.use(folder)).isTrue();

        assertThat(Files.getLastModifiedTime(folder.resolve(UnpackedWars.LOCK_FILE)).toInstant())
                .as("the start is recorded").isAfter(NOW.minusSeconds(1));
    }

    /** A folder with its lock file, last started {@code ago}. */
    private Path folder(String name, Duration ago) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve(name).resolve("WEB-INF").resolve("lib")).getParent().getParent();
        Files.writeString(folder.resolve("WEB-INF/lib/some.jar"), "jar");
        Path lock = Files.createFile(folder.resolve(UnpackedWars.LOCK_FILE));
        Files.setLastModifiedTime(lock, FileTime.from(NOW.minus(ago)));
        return folder;
    }

    /** Another process that holds a shared lock on the file, as a running launcher does, until its input ends. */
    private Process holdSharedLock(Path file) throws IOException {
        Path source = tmp.resolve("Hold.java");
        Files.writeString(source, """
                import java.nio.channels.FileChannel;
                import java.nio.file.Path;
                import java.nio.file.StandardOpenOption;
                public class Hold {
                    public static void main(String[] args) throws Exception {
                        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ,
                                StandardOpenOption.WRITE)) {
                            channel.lock(0, Long.MAX_VALUE, true);
                            System.out.println("locked");
                            System.in.read();
                        }
                    }
                }
                """);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                source.toString(), file.toString()).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(output.readLine()).isEqualTo("locked");
        return process;
    }
}
