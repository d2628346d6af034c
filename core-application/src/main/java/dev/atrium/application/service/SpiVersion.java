package dev.atrium.application.service;

import dev.atrium.application.spi.PlatformModule;

/**
 * Whether this platform can run a module built for a given SPI version: the same major version, and a
 * minor version no higher than the platform's (a module built for 1.3 may use what 1.3 added).
 */
final class SpiVersion {

    private SpiVersion() {
    }

    /** @throws ModuleException naming the module, its jar and both versions when it cannot run here */
    static void check(PlatformModule module) {
        String builtFor = module.spiVersion();
        if (builtFor == null) {
            return;
        }
        int[] platform = parse(PlatformModule.SPI_VERSION);
        int[] wanted = parse(builtFor);
        if (wanted == null) {
            throw new ModuleException("module '" + module.id() + "' (" + ModuleLoader.origin(module)
                    + ") declares the SPI version '" + builtFor + "', which is not of the form major.minor");
        }
        if (wanted[0] != platform[0] || wanted[1] > platform[1]) {
            throw new ModuleException("module '" + module.id() + "' (" + ModuleLoader.origin(module)
                    + ") was built for SPI " + builtFor + ", which this platform (SPI " + PlatformModule.SPI_VERSION
                    + ") cannot run; rebuild it against this platform's atrium-module-api");
        }
    }

    private static int[] parse(String version) {
        if (!version.matches("\\d{1,4}\\.\\d{1,4}")) {
            return null;
        }
        String[] parts = version.split("\\.");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }
}
