package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.atrium.app.fixtures.BrokenModule;

/** A module with a bad entity definition stops start-up with a message naming the file and the problem. */
class StartupFailureIT {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown field type   | Gadget.json     | {"fields": {"size": {"type": "huge"}}}                          | field 'size' has unknown type 'huge'
            link to a missing entity | Gadget.json | {"links": {"owner": {"type": "belongsTo", "entity": "Ghost"}}} | link 'owner' points to entity 'Ghost', which no loaded module defines
            duplicate field      | Gadget.json     | {"fields": {"size": {"type": "int"}, "size": {"type": "int"}}} | Duplicate field 'size'
            bad field name       | Gadget.json     | {"fields": {"Size": {"type": "int"}}}                           | field name 'Size' must start with a lower-case letter
            bad entity name      | gadget.json     | {"fields": {}}                                                  | entity name 'gadget' must start with an upper-case letter
            entity defined twice | Brand.json      | {"fields": {}}                                                  | entity 'Brand' is already defined by module
            """)
    void badDefinitionStopsStartUp(String problem, String fileName, String json, String message) throws IOException {
        Path definition = Files.writeString(folder.resolve(fileName), json);
        BrokenModule.definition = definition.toUri().toURL();
        AtriumSettings settings = AtriumSettings.from(Map.of("ATRIUM_PORT", "0",
                "ATRIUM_DATA_DIR", folder.resolve("data").toString()));

        try (URLClassLoader modules = withServiceFile(BrokenModule.class.getName())) {
            assertThatThrownBy(() -> AtriumRuntime.start(settings, modules))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("module 'broken'")
                    .hasMessageContaining(fileName)
                    .hasMessageContaining(message);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing dependency | dev.atrium.app.fixtures.NeedsMissingModule | depends on 'nowhere', which is not on the class path
            duplicate module id | dev.atrium.app.fixtures.SecondPimModule  | two modules have the id 'pim'
            """)
    void badModuleSetStopsStartUp(String problem, String moduleClass, String message) throws IOException {
        AtriumSettings settings = AtriumSettings.from(Map.of("ATRIUM_PORT", "0",
                "ATRIUM_DATA_DIR", folder.resolve("data").toString()));
        try (URLClassLoader modules = withServiceFile(moduleClass)) {
            assertThatThrownBy(() -> AtriumRuntime.start(settings, modules))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining(message);
        }
        assertThat(folder.resolve("data")).as("the database is not touched before the modules are known to be sound")
                .doesNotExist();
    }

    private URLClassLoader withServiceFile(String moduleClass) throws IOException {
        Path services = folder.resolve("classes/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("dev.atrium.application.spi.PlatformModule"), moduleClass + "\n");
        return new URLClassLoader(new URL[] {folder.resolve("classes").toUri().toURL()}, getClass().getClassLoader());
    }
}
