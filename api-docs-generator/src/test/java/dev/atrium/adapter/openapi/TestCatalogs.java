package dev.atrium.adapter.openapi;

import java.util.List;

import dev.atrium.application.service.CatalogAssembler;
import dev.atrium.application.service.ModuleLoader;
import dev.atrium.application.spi.PlatformModule;
import dev.atrium.domain.metadata.Catalog;

/** Catalogs built as start-up builds them: the modules on the test class path, found with ServiceLoader. */
final class TestCatalogs {

    private TestCatalogs() {
    }

    /** module-pim and the workshop fixture. */
    static Catalog installed() {
        return CatalogAssembler.assemble(modules(), 1);
    }

    static Catalog withoutPim() {
        return CatalogAssembler.assemble(modules().stream().filter(module -> !module.id().equals("pim")).toList(), 1);
    }

    /** The workshop fixture alone: a catalog that changes only when this module's tests change it. */
    static Catalog workshop() {
        return CatalogAssembler.assemble(List.of(new WorkshopModule()), 1);
    }

    private static List<PlatformModule> modules() {
        return ModuleLoader.discover(TestCatalogs.class.getClassLoader());
    }
}
