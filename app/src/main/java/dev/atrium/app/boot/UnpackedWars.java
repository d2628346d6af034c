package dev.atrium.app.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folders {@code java -jar} unpacks WARs into (one per WAR build, about 140 MB with the class-data
 * archive) and their removal once unused. A launcher holds a shared lock on its folder's {@code in-use.lock}
 * for as long as it runs (its server JVM runs only as long as it does) and touches the file at each start.
 * Other folders whose lock nobody holds and whose last start is older than {@link #UNUSED_FOR} are removed:
 * renamed first while their lock is held, so a launcher of that WAR that starts meanwhile unpacks it anew.
 */
final class UnpackedWars {

    static final Duration UNUSED_FOR = Duration.ofHours(1);
    static final String LOCK_FILE = "in-use.lock";
    /** What every such folder's name starts with: {@code atrium-war-<size>-<time>} once unpacked. */
    static final String PREFIX = "atrium-war-";
    private static final String REMOVING_PREFIX = PREFIX + "removing-";
    private static final Pattern FOLDER = Pattern.compile(PREFIX + "\\d+-\\d+");
    /** A folder whose removal was cut short (the JVM stopped in the middle). */
    private static final Pattern REMOVING = Pattern.compile(REMOVING_PREFIX + "\\d+-\\d+");

    /** The lock of the folder this launcher uses, held until the JVM ends. */
    private static FileChannel inUse;

    private UnpackedWars() {
    }

    /**
     * Marks {@code folder} as in use by this JVM until it ends.
     *
     * @return false when the folder was removed before it could be locked (the caller unpacks it again)
     */
    static synchronized boolean use(Path folder) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (NoSuchFileException removed) {
            return false;
        }
        channel.lock(0, Long.MAX_VALUE, true);
        if (!Files.isDirectory(folder)) {
            channel.close();
            return false;
        }
        Files.setLastModifiedTime(folder.resolve(LOCK_FILE), FileTime.from(Instant.now()));
        inUse = channel;
        return true;
    }

    /** Removes, on a daemon thread, the unused folders beside {@code current}. */
    static void pruneBeside(Path current) {
        Thread pruning = new Thread(() -> prune(current.getParent(), current, Instant.now().minus(UNUSED_FOR)),
                "atrium-war-pruning");
        pruning.setDaemon(true);
        pruning.start();
    }

    static void prune(Path parent, Path current, Instant unusedSince) {
        List<Path> folders;
        try (Stream<Path> all = Files.list(parent)) {
            folders = all.filter(path -> !path.equals(current)).toList();
        } catch (IOException e) {
            return;
        }
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            try {
                if (FOLDER.matcher(name).matches()) {
                    pruneIfUnused(folder, unusedSince);
                } else if (REMOVING.matcher(name).matches()
                        && Files.getLastModifiedTime(folder).toInstant().isBefore(unusedSince)) {
                    deleteTree(folder);
                }
            } catch (IOException | UncheckedIOException | OverlappingFileLockException e) {
                System.err.println("Could not remove the unused " + folder + ": " + e.getMessage());
            }
        }
    }

    /** A folder without a lock file is left alone: an earlier launcher's, or one being set up right now. */
    private static void pruneIfUnused(Path folder, Instant unusedSince) throws IOException {
        Path lockFile = folder.resolve(LOCK_FILE);
        if (!Files.isRegularFile(lockFile) || Files.getLastModifiedTime(lockFile).toInstant().isAfter(unusedSince)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return;
            }
            String key = folder.getFileName().toString().substring(PREFIX.length());
            Path doomed = folder.resolveSibling(REMOVING_PREFIX + key);
            Files.move(folder, doomed, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(doomed);
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not remove " + root + ": " + e.getMessage());
        }
    }
}
