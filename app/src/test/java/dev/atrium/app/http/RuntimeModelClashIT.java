package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.atrium.app.StartupException;
import dev.atrium.app.fixtures.JarModules;

/**
 * A module that later defines a code already taken at runtime stops start-up with a message naming both;
 * once the module is gone again, Atrium starts with the runtime definitions as they were.
 */
class RuntimeModelClashIT {

    @TempDir
    Path modules;

    @Test
    void aModuleDefiningAnEntityOrFieldCreatedAtRuntimeStopsStartUpNamingBoth() throws Exception {
        try (RunningAtrium atrium = RunningAtrium.start(Map.of("ATRIUM_MODULES_DIR", modules.toString()))) {
            ApiClient admin = atrium.api();
            assertThat(admin.post("/api/v1/Entity", Map.of("code", "Gadget", "name", "Gadget")).status()).isEqualTo(200);
            JarModules.write(modules, "widgets.jar", "widgets", "SPI_VERSION", "Set.of()",
                    "contributions.entityDefinitions(getClass(), \"Widget.json\");", "org/example/Widget.json",
                    "{\"fields\": {}}");
            atrium.restart();
            assertThat(atrium.api().post("/api/v1/EntityField", Map.of("entityId", "Widget", "code", "color",
                    "type", "varchar")).status()).isEqualTo(200);

            JarModules.write(modules, "gadgets.jar", "gadgets", "SPI_VERSION", "Set.of()",
                    "contributions.entityDefinitions(getClass(), \"Gadget.json\");", "org/example/Gadget.json", "{}");
            assertThatThrownBy(atrium::restart).isInstanceOf(StartupException.class)
                    .hasMessageContaining("created at runtime (Entity 'Gadget'): entity 'Gadget' is already defined by "
                            + "module 'gadgets', gadgets.jar!/org/example/Gadget.json");

            java.nio.file.Files.delete(modules.resolve("gadgets.jar"));
            // a new file name each time: the JVM keeps a jar it opened, and a rewritten one reads as corrupt
            java.nio.file.Files.delete(modules.resolve("widgets.jar"));
            JarModules.write(modules, "widgets2.jar", "widgets", "SPI_VERSION", "Set.of()",
                    "contributions.entityDefinitions(getClass(), \"Widget.json\");", "org/example/Widget.json",
                    "{\"fields\": {\"color\": {\"type\": \"varchar\"}}}");
            assertThatThrownBy(atrium::restart).isInstanceOf(StartupException.class)
                    .hasMessageContaining("field 'color' of Widget created at runtime (EntityField): field 'color' of "
                            + "Widget is already defined by module 'widgets', widgets2.jar!/org/example/Widget.json");

            java.nio.file.Files.delete(modules.resolve("widgets2.jar"));
            JarModules.write(modules, "widgets3.jar", "widgets", "SPI_VERSION", "Set.of()",
                    "contributions.entityDefinitions(getClass(), \"Widget.json\");", "org/example/Widget.json",
                    "{\"fields\": {}}");
            atrium.restart();
            assertThat(atrium.api().post("/api/v1/Gadget", Map.of("name", "back")).status()).isEqualTo(200);
        }
    }
}
