package dev.atrium.application.spi;

import java.util.Set;

/**
 * A plug-in, found with {@link java.util.ServiceLoader}: declare it in
 * {@code META-INF/services/dev.atrium.application.spi.PlatformModule}. Modules load in
 * {@link #dependsOn()} order; two modules with one id, or a missing dependency, stop start-up.
 */
public interface PlatformModule {

    /** A stable, unique id such as {@code pim}. */
    String id();

    /** Ids of the modules this one builds on; they contribute first. */
    default Set<String> dependsOn() {
        return Set.of();
    }

    /** Hands over everything the module brings; called once per catalog build. */
    void contribute(ModuleContributions contributions);
}
