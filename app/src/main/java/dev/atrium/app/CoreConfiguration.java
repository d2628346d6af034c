package dev.atrium.app;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.atrium.application.port.out.DatabaseProbe;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.application.port.out.SchemaManager;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.application.service.CatalogAssembler;
import dev.atrium.application.service.CatalogRegistry;
import dev.atrium.application.service.HealthService;
import dev.atrium.application.service.ListLimits;
import dev.atrium.application.service.MassActionService;
import dev.atrium.application.service.ModuleLoader;
import dev.atrium.application.service.RecordLinkService;
import dev.atrium.application.service.RecordService;
import dev.atrium.domain.metadata.Catalog;

/** The framework-free core, wired by hand: services get their ports here and nowhere else. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Loads the modules and builds their catalog; start-up stops here on a bad module, before any database work. */
    @Bean
    Catalog initialCatalog(ModuleClassLoader modules) {
        return CatalogAssembler.assemble(ModuleLoader.discover(modules.classLoader()), 1);
    }

    /** Brings the catalog into force: the database is migrated to it first. */
    @Bean
    CatalogRegistry catalogRegistry(Catalog initialCatalog, SchemaManager schemaManager) {
        CatalogRegistry registry = new CatalogRegistry(schemaManager);
        registry.activate(initialCatalog);
        return registry;
    }

    @Bean
    ListLimits listLimits(AtriumSettings settings) {
        return new ListLimits(settings.defaultPageSize(), settings.maxPageSize());
    }

    @Bean
    RecordService recordService(CatalogRegistry catalogs, RecordRepository repository, UnitOfWork unitOfWork,
            Clock clock, ListLimits limits) {
        return new RecordService(catalogs, repository, unitOfWork, clock, limits);
    }

    @Bean
    RecordLinkService recordLinkService(CatalogRegistry catalogs, RecordRepository repository, UnitOfWork unitOfWork,
            Clock clock, ListLimits limits) {
        return new RecordLinkService(catalogs, repository, unitOfWork, clock, limits);
    }

    @Bean
    MassActionService massActionService(CatalogRegistry catalogs, RecordRepository repository, UnitOfWork unitOfWork,
            Clock clock) {
        return new MassActionService(catalogs, repository, unitOfWork, clock);
    }

    @Bean
    HealthService healthService(CatalogRegistry catalogs, DatabaseProbe database) {
        return new HealthService(catalogs, database);
    }
}
