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
import dev.atrium.application.service.ModuleLoader;
import dev.atrium.application.service.RecordService;

/** The framework-free core, wired by hand: services get their ports here and nowhere else. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Loads the modules and brings their catalog into force; start-up stops here on a bad module. */
    @Bean
    CatalogRegistry catalogRegistry(SchemaManager schemaManager, ModuleClassLoader modules) {
        CatalogRegistry registry = new CatalogRegistry(schemaManager);
        registry.activate(CatalogAssembler.assemble(ModuleLoader.discover(modules.classLoader()), 1));
        return registry;
    }

    @Bean
    RecordService recordService(CatalogRegistry catalogs, RecordRepository repository, UnitOfWork unitOfWork,
            Clock clock, AtriumSettings settings) {
        return new RecordService(catalogs, repository, unitOfWork, clock,
                new ListLimits(settings.defaultPageSize(), settings.maxPageSize()));
    }

    @Bean
    HealthService healthService(CatalogRegistry catalogs, DatabaseProbe database) {
        return new HealthService(catalogs, database);
    }
}
