package dev.atrium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.atrium.application.spi.ModuleContributions;
import dev.atrium.application.spi.PlatformModule;
import dev.atrium.application.testing.ModuleJar;

class ModuleLoaderTest {

    private static PlatformModule module(String id, String... dependsOn) {
        return new NamedModule(id, dependsOn);
    }

    private static List<String> order(PlatformModule... modules) {
        return ModuleLoader.order(Arrays.asList(modules)).stream().map(PlatformModule::id).toList();
    }

    @Test
    void independentModulesComeInIdOrder() {
        assertThat(order(module("zeta"), module("alpha"), module("mid"))).containsExactly("alpha", "mid", "zeta");
    }

    @Test
    void aModuleComesAfterWhatItDependsOn() {
        assertThat(order(module("extra", "pim"), module("pim", "core"), module("core")))
                .containsExactly("core", "pim", "extra");
        assertThat(order(module("a", "b"), module("b"), module("c"))).containsExactly("b", "a", "c");
    }

    @Test
    void sharedDependenciesComeOnce() {
        assertThat(order(module("d", "b", "c"), module("c", "a"), module("b", "a"), module("a")))
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    void nothingToOrderIsFine() {
        assertThat(ModuleLoader.order(List.of())).isEmpty();
    }

    @Test
    void twoModulesWithOneIdFailNamingBothClasses() {
        assertThatExceptionOfType(ModuleException.class)
                .isThrownBy(() -> ModuleLoader.order(List.of(new FirstPim(), new SecondPim())))
                .withMessageContaining("'pim'")
                .withMessageContaining(FirstPim.class.getName())
                .withMessageContaining(SecondPim.class.getName());
    }

    @Test
    void aMissingDependencyFailsNamingIt() {
        assertThatExceptionOfType(ModuleException.class)
                .isThrownBy(() -> ModuleLoader.order(List.of(module("pim", "core"), module("erp"))))
                .withMessageContaining("'pim'").withMessageContaining("'core'");
    }

    @Test
    void aCycleFailsShowingIt() {
        assertThatExceptionOfType(ModuleException.class)
                .isThrownBy(() -> ModuleLoader.order(List.of(module("a", "b"), module("b", "c"), module("c", "a"))))
                .withMessageContaining("cycle").withMessageContaining("a -> b -> c -> a");
        assertThatExceptionOfType(ModuleException.class)
                .isThrownBy(() -> ModuleLoader.order(List.of(module("self", "self"))))
                .withMessageContaining("self -> self");
    }

    @Test
    void discoverFindsDeclaredServicesAndOrdersThem(@TempDir Path root) throws IOException {
        Path services = Files.createDirectories(root.resolve("META-INF/services"));
        Files.writeString(services.resolve(PlatformModule.class.getName()),
                DiscoverableModules.Second.class.getName() + "\n" + DiscoverableModules.First.class.getName() + "\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader())) {
            assertThat(ModuleLoader.discover(loader)).extracting(PlatformModule::id)
                    .as("the built-in core module is always found too").containsExactly("core", "first", "second");
        }
    }

    @Test
    void aModuleBuiltForThisOrAnOlderMinorSpiLoads() {
        assertThat(ModuleLoader.order(List.of(built("same", PlatformModule.SPI_VERSION), built("older", "1.0"))))
                .extracting(PlatformModule::id).containsExactly("older", "same");
    }

    @Test
    void aModuleBuiltForAnotherMajorOrANewerMinorSpiFailsNamingBothVersions() {
        assertThatExceptionOfType(ModuleException.class)
                .isThrownBy(() -> ModuleLoader.order(List.of(built("future", "2.0"))))
                .withMessageContaining("module 'future'").withMessageContaining("built for SPI 2.0")
                .withMessageContaining("(SPI " + PlatformModule.SPI_VERSION + ")");
        assertThatExceptionOfType(ModuleException.class)
                .isThrownBy(() -> ModuleLoader.order(List.of(built("newer", "1.99"))))
                .withMessageContaining("built for SPI 1.99");
        assertThatExceptionOfType(ModuleException.class)
                .isThrownBy(() -> ModuleLoader.order(List.of(built("odd", "one"))))
                .withMessageContaining("'one', which is not of the form major.minor");
    }

    @Test
    void aJarWithoutAModuleOfItsOwnIsNotAModule(@TempDir Path root) throws IOException {
        Path jar = ModuleJar.named("library.jar").resource("notes.txt", "no module here").writeTo(root);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatExceptionOfType(ModuleException.class)
                    .isThrownBy(() -> ModuleLoader.discoverIn("library.jar", loader))
                    .withMessage("library.jar is not an Atrium module: it declares no class of its own in "
                            + "META-INF/services/dev.atrium.application.spi.PlatformModule");
        }
    }

    @Test
    void aJarFindsOnlyItsOwnModulesAndNamesItselfAsTheirOrigin(@TempDir Path root) throws IOException {
        Path jar = ModuleJar.named("shelf.jar").source("org.example.ShelfModule", """
                package org.example;
                public final class ShelfModule implements dev.atrium.application.spi.PlatformModule {
                    public String id() { return "shelf"; }
                    public String spiVersion() { return SPI_VERSION; }
                    public void contribute(dev.atrium.application.spi.ModuleContributions contributions) { }
                }
                """).modules("org.example.ShelfModule").writeTo(root);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            List<PlatformModule> found = ModuleLoader.discoverIn("shelf.jar", loader);
            assertThat(found).extracting(PlatformModule::id).containsExactly("shelf");
            assertThat(found.get(0).spiVersion()).isEqualTo(PlatformModule.SPI_VERSION);
            assertThat(ModuleLoader.origin(found.get(0))).isEqualTo("shelf.jar");
        }
    }

    @Test
    void aJarModuleMustSayWhichSpiItWasBuiltFor(@TempDir Path root) throws IOException {
        Path jar = ModuleJar.named("old.jar").source("org.example.OldModule", """
                package org.example;
                public final class OldModule implements dev.atrium.application.spi.PlatformModule {
                    public String id() { return "old"; }
                    public void contribute(dev.atrium.application.spi.ModuleContributions contributions) { }
                }
                """).modules("org.example.OldModule").writeTo(root);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatExceptionOfType(ModuleException.class)
                    .isThrownBy(() -> ModuleLoader.discoverIn("old.jar", loader))
                    .withMessageContaining("old.jar: module 'old' (org.example.OldModule) does not say which SPI version")
                    .withMessageContaining("return SPI_VERSION;");
        }
    }

    @Test
    void aJarWhoseModuleCannotBeLoadedSaysWhy(@TempDir Path root) throws IOException {
        Path jar = ModuleJar.named("broken.jar").modules("org.example.Missing").writeTo(root);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatExceptionOfType(ModuleException.class)
                    .isThrownBy(() -> ModuleLoader.discoverIn("broken.jar", loader))
                    .withMessageContaining("broken.jar: a module in it cannot be loaded")
                    .withMessageContaining("org.example.Missing");
        }
    }

    private static PlatformModule built(String id, String spiVersion) {
        return new NamedModule(id) {
            @Override
            public String spiVersion() {
                return spiVersion;
            }
        };
    }

    /** A module with an id and dependencies that contributes nothing. */
    private static class NamedModule implements PlatformModule {
        private final String id;
        private final Set<String> dependsOn;

        NamedModule(String id, String... dependsOn) {
            this.id = id;
            this.dependsOn = Set.of(dependsOn);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Set<String> dependsOn() {
            return dependsOn;
        }

        @Override
        public void contribute(ModuleContributions contributions) {
        }
    }

    private static final class FirstPim extends NamedModule {
        FirstPim() {
            super("pim");
        }
    }

    private static final class SecondPim extends NamedModule {
        SecondPim() {
            super("pim");
        }
    }
}
