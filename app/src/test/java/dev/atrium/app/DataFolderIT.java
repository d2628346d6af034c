package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder that Atrium creates for the embedded database is readable by its owner only, and so
 * are the database files (they hold password hashes) and the initial admin password, whatever the
 * umask; a start on an older folder whose files others could read makes them owner-only.
 */
class DataFolderIT {

    @TempDir
    Path parent;

    @Test
    void theFolderIsOwnerOnlyAndSoAreAtriumsFilesInIt() throws IOException {
        Path folder = parent.resolve("not/yet/there");

        start(folder);

        assertThat(permissions(folder)).isEqualTo("rwx------");
        List<Path> files = files(folder);
        assertThat(files).extracting(file -> file.getFileName().toString())
                .contains("atrium.mv.db", InitialPassword.FILE);
        files.forEach(file -> assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------"));
    }

    @Test
    void aStartMakesReadableDatabaseFilesOwnerOnlyAgain() throws IOException {
        Path folder = parent.resolve("data");
        start(folder);
        Path database = folder.resolve("atrium.mv.db");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
        Path unrelated = Files.writeString(folder.resolve("notes.txt"), "the operator's own");
        Files.setPosixFilePermissions(unrelated, PosixFilePermissions.fromString("rw-r--r--"));

        start(folder);

        assertThat(permissions(database)).isEqualTo("rw-------");
        assertThat(permissions(unrelated)).as("a file Atrium did not make").isEqualTo("rw-r--r--");
    }

    private static void start(Path folder) {
        AtriumSettings settings = AtriumSettings.from(Map.of("ATRIUM_PORT", "0", "ATRIUM_DATA_DIR", folder.toString(),
                "ATRIUM_BCRYPT_COST", "4"));
        try (EmbeddedServer server = EmbeddedServer.start(settings, DataFolderIT.class.getClassLoader())) {
            assertThat(server.uri()).isNotNull();
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
