package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AtriumSettingsTest {

    @Test
    void theModulesFolderIsModulesInTheDataFolderUnlessSet() {
        Path data = Path.of("/var/lib/atrium");

        assertThat(AtriumSettings.from(Map.of("ATRIUM_DATA_DIR", data.toString())).modulesDir())
                .isEqualTo(data.resolve("modules").toAbsolutePath());
        assertThat(AtriumSettings.from(Map.of("ATRIUM_DATA_DIR", data.toString(), "ATRIUM_MODULES_DIR", "/opt/modules"))
                .modulesDir()).isEqualTo(Path.of("/opt/modules").toAbsolutePath());
        assertThat(AtriumSettings.from(Map.of("ATRIUM_MODULES_DIR", "plugins")).modulesDir())
                .as("a relative folder is taken from the working directory").isAbsolute().endsWithRaw(Path.of("plugins"));
    }

    @Test
    void demoDataIsSeededAtStartOnlyWhenAskedFor() {
        assertThat(AtriumSettings.from(Map.of()).seedDemo()).isFalse();
        assertThat(AtriumSettings.from(Map.of("ATRIUM_SEED_DEMO", "true")).seedDemo()).isTrue();
        assertThat(AtriumSettings.from(Map.of("ATRIUM_SEED_DEMO", "yes")).seedDemo()).as("only true turns it on").isFalse();
    }
}
