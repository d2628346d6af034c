package dev.atrium.application.spi;

import dev.atrium.domain.security.Principal;

/** What a {@link DataMigration} acts with: the platform's use cases, run as the platform itself. */
public interface DataMigrationContext extends PlatformUseCases {

    /** {@link Principal#SYSTEM}: the platform, which may read and write every entity. */
    Principal caller();

    /** The id of the module whose migration runs. */
    String moduleId();
}
