package dev.atrium.application.service;

import java.util.Set;

import dev.atrium.application.spi.ModuleContributions;
import dev.atrium.application.spi.PlatformModule;

/** Modules that {@link java.util.ServiceLoader} can instantiate; listed only by a test's own class loader. */
public final class DiscoverableModules {

    private DiscoverableModules() {
    }

    public static final class First implements PlatformModule {
        @Override
        public String id() {
            return "first";
        }

        @Override
        public void contribute(ModuleContributions contributions) {
        }
    }

    public static final class Second implements PlatformModule {
        @Override
        public String id() {
            return "second";
        }

        @Override
        public Set<String> dependsOn() {
            return Set.of("first");
        }

        @Override
        public void contribute(ModuleContributions contributions) {
        }
    }
}
