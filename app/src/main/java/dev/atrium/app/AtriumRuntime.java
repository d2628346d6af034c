package dev.atrium.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;

import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import dev.atrium.application.port.in.UpsertUseCase;
import dev.atrium.application.port.in.UpsertUseCase.Status;
import dev.atrium.application.port.out.DatabaseProbe;
import dev.atrium.application.service.AdminBootstrap;
import dev.atrium.application.service.CatalogAssembler;
import dev.atrium.application.service.CatalogRegistry;
import dev.atrium.application.service.DataMigrationRunner;
import dev.atrium.application.service.ModuleException;
import dev.atrium.application.spi.DemoData;
import dev.atrium.domain.metadata.Catalog;

/** One running Atrium: the Spring context holding core and adapters, whatever serves it over HTTP. */
public final class AtriumRuntime implements AutoCloseable {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(AtriumRuntime.class);

    /** JUL loggers are weakly held; these references keep the levels set below in force. */
    private static final List<Logger> QUIETED = new ArrayList<>();

    private final AnnotationConfigApplicationContext context;
    private final AtriumSettings settings;

    private AtriumRuntime(AnnotationConfigApplicationContext context, AtriumSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    public static AtriumRuntime start(AtriumSettings settings, ClassLoader modules) {
        return start(settings, modules, Clock.systemUTC());
    }

    /** @param clock the time everything in the core goes by (tests move it) */
    public static AtriumRuntime start(AtriumSettings settings, ClassLoader modules, Clock clock) {
        return start(settings, modules, clock, context -> { });
    }

    /** @param extensions registers beans before the context starts (tests count statements with one) */
    public static AtriumRuntime start(AtriumSettings settings, ClassLoader modules, Clock clock,
            Consumer<GenericApplicationContext> extensions) {
        AtriumRuntime runtime = begin(settings, modules, clock, extensions);
        runtime.prepareToServe();
        return runtime;
    }

    /**
     * The context with every service, while the database mappings may still be being built: what serves HTTP
     * can be set up meanwhile, and {@link #prepareToServe()} must run before the first request.
     */
    static AtriumRuntime begin(AtriumSettings settings, ClassLoader modules, Clock clock,
            Consumer<GenericApplicationContext> extensions) {
        quietChattyLibraries();
        if (settings.usesEmbeddedDatabase()) {
            DataFolder.create(settings.dataDir());
        }
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(AtriumSettings.class, () -> settings);
        context.registerBean(Clock.class, () -> clock);
        context.registerBean(ModuleClassLoader.class, () -> new ModuleClassLoader(modules));
        context.register(AtriumConfiguration.class);
        extensions.accept(context);
        try {
            context.refresh();
        } catch (RuntimeException e) {
            context.close();
            throw new StartupException(rootMessage(e), e);
        }
        return new AtriumRuntime(context, settings);
    }

    /**
     * What is done once before the first request, with the database: the first admin, the modules' data
     * migrations, the demo data when asked for, then the job worker starts. It waits for the mappings; on a
     * failure the runtime is closed.
     */
    void prepareToServe() {
        try {
            AdminBootstrap admins = context.getBean(AdminBootstrap.class);
            if (settings.adminPassword() != null && admins.adminExists()) {
                LOG.info("ATRIUM_ADMIN_PASSWORD is read only at the first start, when the user 'admin' is created: it "
                        + "changes no password now (an admin changes one with PATCH /api/v1/User/{id})");
            }
            admins.ensureAdmin(settings.adminPassword()).ifPresent(password -> InitialPassword.announce(settings, password));
            context.getBean(DataMigrationRunner.class).runPending();
            if (settings.seedDemo()) {
                seedDemo();
            }
            if (settings.jobWorker()) {
                context.getBean(JobWorker.class).start();
            }
        } catch (RuntimeException e) {
            close();
            throw e instanceof StartupException ? e : new StartupException(rootMessage(e), e);
        }
        DataFolder.protectFiles(settings.dataDir());
    }

    /** ATRIUM_SEED_DEMO: the modules' demo data, upserted before the first request is served. */
    private void seedDemo() {
        long started = System.nanoTime();
        Map<String, Integer> failures = new LinkedHashMap<>();
        Map<Status, Integer> counts = SeedDemoCommand.seed(demoData(), upserts(), failures);
        failures.forEach((message, times) -> LOG.warn("Demo data: failed {} times: {}", times, message));
        LOG.info("Demo data seeded in {} ms: {}", (System.nanoTime() - started) / 1_000_000, SeedDemoCommand.summary(counts));
    }

    /** The resources and providers to register with Jersey. */
    public List<Object> jerseyComponents() {
        List<Object> components = new ArrayList<>(context.getBeansWithAnnotation(Path.class).values());
        components.addAll(context.getBeansWithAnnotation(Provider.class).values());
        return components;
    }

    public Catalog catalog() {
        return context.getBean(CatalogRegistry.class).currentCatalog();
    }

    /** The example records the modules offer, for {@link SeedDemoCommand}. */
    List<DemoData> demoData() {
        return context.getBean(CatalogAssembler.Assembly.class).demoData();
    }

    UpsertUseCase upserts() {
        return context.getBean(UpsertUseCase.class);
    }

    public String databaseDescription() {
        return context.getBean(DatabaseProbe.class).describe();
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * The innermost cause usually names the real problem (the bad file, the unreachable database); a module
     * problem says itself which module and jar, and what failed inside it follows in its own message.
     */
    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof ModuleException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
    }

    private static synchronized void quietChattyLibraries() {
        if (QUIETED.isEmpty()) {
            for (String name : List.of("liquibase", "org.hibernate", "com.zaxxer.hikari", "org.glassfish.jersey")) {
                Logger logger = Logger.getLogger(name);
                logger.setLevel(Level.WARNING);
                QUIETED.add(logger);
            }
        }
    }
}
