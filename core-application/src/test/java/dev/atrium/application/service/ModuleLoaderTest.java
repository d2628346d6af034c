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
