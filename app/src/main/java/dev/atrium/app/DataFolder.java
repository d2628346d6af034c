package dev.atrium.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder holds the embedded database, with its password hashes, and the initial admin
 * password: only its owner may read it. Atrium creates it as 0700 and keeps its own files in it at
 * 0600. Permissions are set explicitly after creating, as creating with them is subject to the umask.
 * A folder the operator made is left as it is; Atrium's files in it are still made 0600.
 */
final class DataFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);
    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private DataFolder() {
    }

    /** Creates the folder, owner-only, unless it exists. */
    static void create(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                return;
            }
            Files.createDirectories(folder);
            if (POSIX) {
                Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
            }
        } catch (IOException e) {
            throw new StartupException("cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Makes Atrium's files in the folder (the database's {@code atrium.*} and the initial password) owner-only. */
    static void protectFiles(Path folder) {
        if (!POSIX || !Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, DataFolder::isAtriums)) {
            for (Path file : files) {
                Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
            }
        } catch (IOException e) {
            LOG.warn("The files in {} could not be made readable by their owner only: {}", folder, e.toString());
        }
    }

    /** Writes a new file that only its owner may read, with no moment in which others could. */
    static void writeOwnerOnly(Path file, String text) throws IOException {
        create(file.getParent());
        Files.deleteIfExists(file);
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        }
        Files.writeString(file, text);
    }

    private static boolean isAtriums(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.startsWith("atrium.") || name.equals(InitialPassword.FILE));
    }
}
