package dev.atrium.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/** Leaves out test classes, also those that come in a module's test jar (the in-memory fakes). */
public final class ProductClassesOnly implements ImportOption {

    private static final ImportOption TEST_DIRECTORIES = new ImportOption.DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return TEST_DIRECTORIES.includes(location) && !location.contains("-tests.jar");
    }
}
