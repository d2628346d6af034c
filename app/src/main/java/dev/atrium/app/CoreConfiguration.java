package dev.atrium.app;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.atrium.application.port.in.GetRecordUseCase;
import dev.atrium.application.port.in.ListRecordsUseCase;
import dev.atrium.application.port.in.MassActionsUseCase;
import dev.atrium.application.port.in.UpsertUseCase;
import dev.atrium.application.port.out.DataMigrationLog;
import dev.atrium.application.port.out.DatabaseProbe;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.application.port.out.RetiredStorage;
import dev.atrium.application.port.out.RuntimeModelStore;
import dev.atrium.application.port.out.SchemaManager;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.application.port.out.IdempotencyStore;
import dev.atrium.application.port.out.JobStore;
import dev.atrium.application.port.out.LoginLog;
import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.application.port.out.VersionCounters;
import dev.atrium.application.service.AccessControl;
import dev.atrium.application.service.AdminBootstrap;
import dev.atrium.application.service.AuthService;
import dev.atrium.application.service.CatalogAssembler;
import dev.atrium.application.service.CatalogChanges;
import dev.atrium.application.service.CatalogRegistry;
import dev.atrium.application.service.EntityManagerService;
import dev.atrium.application.service.DataMigrationRunner;
import dev.atrium.application.service.HealthService;
import dev.atrium.application.service.ListLimits;
import dev.atrium.application.service.MassActionService;
import dev.atrium.application.service.ModuleLoader;
import dev.atrium.application.service.RecordLinkService;
import dev.atrium.application.service.RecordActionService;
import dev.atrium.application.service.RecordExtensionService;
import dev.atrium.application.service.RecordService;
import dev.atrium.application.service.RecordServices;
import dev.atrium.application.service.SecurityVersionWatch;
import dev.atrium.application.service.SecurityVersionedRepository;
import dev.atrium.application.service.IdempotencyService;
import dev.atrium.application.service.JobService;
import dev.atrium.application.service.TokenSettings;
import dev.atrium.application.service.UpsertService;
import dev.atrium.domain.record.RecordInput;

/** The framework-free core, wired by hand: services get their ports here and nowhere else. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CoreConfiguration.class);

    /** The jars of the modules folder, each in its own class loader; closed when the runtime closes. */
    @Bean(destroyMethod = "close")
    ModuleFolder moduleFolder(ModuleClassLoader modules, AtriumSettings settings) {
        return ModuleFolder.open(settings.modulesDir(), modules.classLoader());
    }

    /** Loads the modules and builds their catalog; start-up stops here on a bad module, before any database work. */
    @Bean
    CatalogAssembler.Assembly moduleAssembly(ModuleClassLoader modules, ModuleFolder folder, AtriumSettings settings) {
        return CatalogAssembler.assembleAll(ModuleLoader.discover(modules.classLoader(), folder.modules()), 1,
                settings.languages());
    }

    /** The catalog in force; the first one is in force before any bean that reads it is made. */
    @Bean
    CatalogRegistry catalogRegistry(CatalogChanges changes) {
        return changes.registry();
    }

    /**
     * Brings the first catalog into force, the modules' entities with those created at runtime: the database is
     * migrated to it first. Afterwards every change of the model goes through here, one at a time.
     */
    @Bean
    CatalogChanges catalogChanges(CatalogAssembler.Assembly assembly, RuntimeModelStore store,
            SchemaManager schemaManager, VersionCounters versions, UnitOfWork unitOfWork) {
        CatalogRegistry registry = new CatalogRegistry(schemaManager);
        CatalogChanges changes = new CatalogChanges(assembly, store, registry, schemaManager, versions, unitOfWork);
        registry.activate(changes.initial(catalogVersion(versions)));
        return changes;
    }

    /** The catalog version before the definitions are read; 0 on a database without the counter yet. */
    private static long catalogVersion(VersionCounters versions) {
        try {
            return versions.read(CatalogChanges.COUNTER);
        } catch (RuntimeException newDatabase) {
            return 0;
        }
    }

    /** Reads the catalog version every half second, so that this node follows the model other nodes change. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService catalogVersionPoller(CatalogChanges changes) {
        ScheduledExecutorService poller = backgroundThread("atrium-catalog-version");
        AtomicBoolean failing = new AtomicBoolean();
        poller.scheduleWithFixedDelay(() -> {
            try {
                changes.follow();
                failing.set(false);
            } catch (RuntimeException e) {
                if (!failing.getAndSet(true)) {
                    LOG.warn("The catalog version cannot be followed: {}", e.getMessage());
                }
            }
        }, CatalogChanges.POLL.toMillis(), CatalogChanges.POLL.toMillis(), TimeUnit.MILLISECONDS);
        return poller;
    }

    @Bean
    EntityManagerService entityManagerService(CatalogChanges changes, RecordService records,
            SecurityVersionedRepository repository, RetiredStorage retired) {
        return new EntityManagerService(changes, records, repository, retired);
    }

    @Bean
    ListLimits listLimits(AtriumSettings settings) {
        return new ListLimits(settings.defaultPageSize(), settings.maxPageSize());
    }

    /** What every service writes through: writes to users, tokens and roles also move the security version. */
    @Bean
    SecurityVersionedRepository securityVersionedRepository(@Qualifier("recordRepository") RecordRepository stored,
            VersionCounters versions) {
        return new SecurityVersionedRepository(stored, versions);
    }

    @Bean
    SecurityVersionWatch securityVersionWatch(VersionCounters versions, Clock clock) {
        return new SecurityVersionWatch(versions, clock);
    }

    /** Reads the security version every half second, so that this node follows what other nodes change. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService securityVersionPoller(SecurityVersionWatch watch) {
        ScheduledExecutorService poller = backgroundThread("atrium-security-version");
        long every = SecurityVersionWatch.POLL.toMillis();
        AtomicBoolean failing = new AtomicBoolean();
        poller.scheduleWithFixedDelay(() -> {
            try {
                watch.poll();
                if (failing.getAndSet(false)) {
                    LOG.info("The security version can be read again; cached tokens and roles are used again");
                }
            } catch (RuntimeException e) {
                if (!failing.getAndSet(true)) {
                    LOG.warn("The security version cannot be read; cached tokens and roles are not used until it can: {}",
                            e.getMessage());
                }
            }
        }, 0, every, TimeUnit.MILLISECONDS);
        return poller;
    }

    @Bean
    AccessControl accessControl(CatalogRegistry catalogs, SecurityVersionedRepository repository,
            UnitOfWork unitOfWork, Clock clock, SecurityVersionWatch watch) {
        return new AccessControl(catalogs, repository, unitOfWork, clock, watch);
    }

    @Bean
    RecordServices recordServices(CatalogRegistry catalogs, SecurityVersionedRepository repository,
            UnitOfWork unitOfWork, Clock clock, ListLimits limits, AccessControl accessControl, PasswordHasher passwords,
            CatalogAssembler.Assembly assembly, AtriumSettings settings) {
        RecordServices services = new RecordServices(catalogs, repository, unitOfWork, clock, limits, accessControl,
                passwords, assembly.hooks(), assembly.rewriters(),
                settings.strictInput() ? RecordInput.UnknownKeys.REFUSE : RecordInput.UnknownKeys.IGNORE);
        services.onWritten(accessControl);
        return services;
    }

    @Bean
    RecordService recordService(RecordServices services) {
        return services.records();
    }

    @Bean
    RecordLinkService recordLinkService(RecordServices services) {
        return services.links();
    }

    @Bean
    MassActionService massActionService(RecordServices services) {
        return services.massActions();
    }

    @Bean
    UpsertService upsertService(RecordServices services) {
        return services.upserts();
    }

    /** The routes modules add under records, run with the same use cases as every other request. */
    @Bean
    RecordActionService recordActionService(CatalogAssembler.Assembly assembly, CatalogRegistry catalogs,
            RecordService records, UpsertService upserts, MassActionService massActions, UnitOfWork unitOfWork) {
        return new RecordActionService(assembly.actions(), catalogs, records, records, upserts, massActions, unitOfWork);
    }

    /** The values modules add to records answered (the PIM's attribute values on products). */
    @Bean
    RecordExtensionService recordExtensionService(CatalogAssembler.Assembly assembly, CatalogRegistry catalogs,
            RecordService records) {
        return new RecordExtensionService(assembly.readExtensions(), catalogs, records);
    }

    @Bean
    JobService jobService(JobStore jobs, UpsertService upserts, AuthService users, Clock clock) {
        return new JobService(jobs, upserts, users, clock, NodeId.of());
    }

    /** Runs queued jobs (unless ATRIUM_JOB_WORKER=false) once {@link AtriumRuntime#prepareToServe()} starts it. */
    @Bean(destroyMethod = "close")
    JobWorker jobWorker(JobService jobs) {
        return new JobWorker(jobs);
    }

    @Bean
    IdempotencyService idempotencyService(IdempotencyStore store, Clock clock) {
        return new IdempotencyService(store, clock);
    }

    @Bean
    AuthService authService(CatalogRegistry catalogs, SecurityVersionedRepository repository, UnitOfWork unitOfWork,
            PasswordHasher passwords, LoginLog loginLog, AccessControl accessControl, Clock clock,
            AtriumSettings settings, SecurityVersionWatch watch, RecordServices services) {
        AuthService auth = new AuthService(catalogs, repository, unitOfWork, passwords, loginLog, accessControl, clock,
                new TokenSettings(settings.tokenLifetimeHours(), settings.tokenIdleHours()), watch);
        services.onWritten(auth);
        return auth;
    }

    /** Writes tokens' last access in batches, not on every request. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService tokenActivityWriter(AuthService auth) {
        ScheduledExecutorService writer = backgroundThread("atrium-token-activity");
        long every = AuthService.ACTIVITY_FLUSH.toMillis();
        writer.scheduleWithFixedDelay(() -> {
            try {
                auth.flushActivity();
            } catch (RuntimeException e) {
                LOG.warn("Token activity could not be written: {}", e.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        return writer;
    }

    /** Creates the first admin; run by {@link AtriumRuntime#prepareToServe()}. */
    @Bean
    AdminBootstrap adminBootstrap(RecordServices services) {
        return new AdminBootstrap(services);
    }

    /** The modules' data migrations this database has not seen; run by {@link AtriumRuntime#prepareToServe()}. */
    @Bean
    DataMigrationRunner dataMigrationRunner(CatalogAssembler.Assembly assembly, DataMigrationLog log,
            GetRecordUseCase reads, ListRecordsUseCase lists, UpsertUseCase upserts, MassActionsUseCase massActions,
            Clock clock) {
        return new DataMigrationRunner(assembly.migrations(), log, new PlatformUseCaseSet(reads, lists, upserts, massActions),
                clock);
    }

    @Bean
    HealthService healthService(CatalogRegistry catalogs, DatabaseProbe database) {
        return new HealthService(catalogs, database);
    }

    /** One daemon thread for periodic work, so that it never keeps the JVM alive. */
    static ScheduledExecutorService backgroundThread(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
