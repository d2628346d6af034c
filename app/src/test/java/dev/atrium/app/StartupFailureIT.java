package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.atrium.app.fixtures.BrokenModule;
import dev.atrium.app.fixtures.JarModules;
import dev.atrium.application.spi.PlatformModule;
import dev.atrium.application.testing.ModuleJar;

/**
 * A bad module stops start-up with a message naming the module, its file or jar, and the problem: a bad entity
 * definition, a bad set of modules, a bad jar in the modules folder, a failing data migration.
 */
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
            missing dependency | dev.atrium.app.fixtures.NeedsMissingModule | depends on 'nowhere', which is neither on the class path nor in the modules folder
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
        assertThat(folder.resolve("data").resolve("atrium.mv.db")).as("the database is not touched before the modules are known to be sound")
                .doesNotExist();
    }

    /** A jar in the modules folder that cannot be loaded stops start-up before the database, naming jar and module. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badJars")
    void aBadJarInTheModulesFolderStopsStartUp(String problem, Consumer<Path> jars, List<String> message) {
        Path modules = folder.resolve("modules");
        jars.accept(modules);
        AtriumSettings settings = AtriumSettings.from(Map.of("ATRIUM_PORT", "0",
                "ATRIUM_DATA_DIR", folder.resolve("data").toString(), "ATRIUM_MODULES_DIR", modules.toString()));

        assertThatThrownBy(() -> AtriumRuntime.start(settings, getClass().getClassLoader()))
                .isInstanceOf(StartupException.class)
                .satisfies(failure -> assertThat(failure.getMessage()).contains(message));
        assertThat(folder.resolve("data").resolve("atrium.mv.db")).as("the database is not touched").doesNotExist();
    }

    static Stream<Arguments> badJars() {
        String spi = "SPI_VERSION";
        String none = "Set.of()";
        String product = "contributions.entityDefinitions(getClass(), \"Product.json\");";
        String gadget = "contributions.entityDefinitions(getClass(), \"Gadget.json\");";
        return Stream.of(
                arguments("not a module", jars(modules -> ModuleJar.named("library.jar").resource("a.txt", "text")
                        .writeTo(modules)), List.of("library.jar is not an Atrium module: it declares no class of its "
                        + "own in META-INF/services/dev.atrium.application.spi.PlatformModule")),
                arguments("duplicate id", jars(modules -> JarModules.write(modules, "twin.jar", "pim", spi, none, "")),
                        List.of("two modules have the id 'pim': ", "PimModule (", "org.example.PimModule (twin.jar)")),
                arguments("missing dependency", jars(modules -> JarModules.write(modules, "needy.jar", "needy", spi,
                        "Set.of(\"erp\")", "")), List.of("module 'needy' (needy.jar) depends on 'erp', which is "
                        + "neither on the class path nor in the modules folder")),
                arguments("incompatible SPI version", jars(modules -> JarModules.write(modules, "future.jar", "future",
                        "\"2.0\"", none, "")), List.of("module 'future' (future.jar) was built for SPI 2.0, which this "
                        + "platform (SPI " + PlatformModule.SPI_VERSION + ") cannot run")),
                arguments("no SPI version", jars(modules -> JarModules.write(modules, "vague.jar", "vague", null, none,
                        "")), List.of("vague.jar: module 'vague' (org.example.VagueModule) does not say which SPI "
                        + "version it was built for")),
                arguments("entity clash with the PIM", jars(modules -> JarModules.write(modules, "clash.jar", "clash",
                        spi, none, product, "org/example/Product.json", "{\"fields\": {}}")),
                        List.of("module 'clash', clash.jar!/org/example/Product.json: entity 'Product' is already "
                                + "defined by module 'pim', ")),
                arguments("entity clash between two jars", jars(modules -> {
                    JarModules.write(modules, "one.jar", "one", spi, none, gadget, "org/example/Gadget.json", "{}");
                    JarModules.write(modules, "two.jar", "two", spi, none, gadget, "org/example/Gadget.json", "{}");
                }), List.of("module 'two', two.jar!/org/example/Gadget.json: entity 'Gadget' is already defined by "
                        + "module 'one', one.jar!/org/example/Gadget.json")));
    }

    private static Consumer<Path> jars(Consumer<Path> write) {
        return write;
    }

    @Test
    void aFailingDataMigrationStopsStartUpNamingTheModuleJarAndMigration() {
        Path modules = folder.resolve("modules");
        JarModules.write(modules, "fragile.jar", "fragile", "SPI_VERSION", "Set.of()", """
                contributions.dataMigration(1, "Fill the gaps", context -> {
                    throw new IllegalStateException("no gaps to fill");
                });""");
        AtriumSettings settings = AtriumSettings.from(Map.of("ATRIUM_PORT", "0", "ATRIUM_ADMIN_PASSWORD", "x-secret-1",
                "ATRIUM_DATA_DIR", folder.resolve("data").toString(), "ATRIUM_MODULES_DIR", modules.toString()));

        assertThatThrownBy(() -> AtriumRuntime.start(settings, getClass().getClassLoader()))
                .isInstanceOf(StartupException.class)
                .hasMessage("module 'fragile' (fragile.jar): data migration 1 (Fill the gaps) failed: no gaps to fill");
    }

    private URLClassLoader withServiceFile(String moduleClass) throws IOException {

        Path services = folder.resolve("classes/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("dev.atrium.application.spi.PlatformModule"), moduleClass + "\n");
        return new URLClassLoader(new URL[] {folder.resolve("classes").toUri().toURL()}, getClass().getClassLoader());
    }
}
