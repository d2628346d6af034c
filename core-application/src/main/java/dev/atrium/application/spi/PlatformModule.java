package dev.atrium.application.spi;

import java.util.Set;

/**
 * A plug-in, found with {@link java.util.ServiceLoader}: declare it in
 * {@code META-INF/services/dev.atrium.application.spi.PlatformModule}. Modules load in
 * {@link #dependsOn()} order; two modules with one id, or a missing dependency, stop start-up.
 */
public interface PlatformModule {

    /**
     * The version of this SPI, {@code major.minor}. The minor rises when the SPI gains something (a new
     * kind of contribution); the major when something a module may use changes or goes. A module built
     * for {@code 1.x} runs on every platform with SPI {@code 1.y}, {@code y >= x}.
     */
    String SPI_VERSION = "1.1";

    /** A stable, unique id such as {@code pim}. */
    String id();

    /**
     * The SPI version this module was compiled against. Write {@code return SPI_VERSION;}: the compiler
     * copies the constant into the module's class, so the running platform sees the version the module
     * was built for and refuses one it cannot serve. A jar in the modules folder must declare it; null
     * (the default) means the module is built with the platform itself.
     */
    default String spiVersion() {
        return null;
    }

    /** Ids of the modules this one builds on; they contribute first. */
    default Set<String> dependsOn() {
        return Set.of();
    }

    /** Hands over everything the module brings; called once per catalog build. */
    void contribute(ModuleContributions contributions);
}
