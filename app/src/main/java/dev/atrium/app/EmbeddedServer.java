package dev.atrium.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.GenericApplicationContext;

import dev.atrium.app.boot.ClassDataLaunch;

/** Atrium on an embedded Jetty 12.1 (ee11): what {@code java -jar atrium.war} runs. */
public final class EmbeddedServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);

    private final Server server;
    private final AtriumRuntime runtime;
    private final URI uri;
    private final String startup;

    private EmbeddedServer(Server server, AtriumRuntime runtime, URI uri, String startup) {
        this.server = server;
        this.runtime = runtime;
        this.uri = uri;
        this.startup = startup;
    }

    public static EmbeddedServer start(AtriumSettings settings, ClassLoader modules) {
        return start(settings, modules, Clock.systemUTC());
    }

    public static EmbeddedServer start(AtriumSettings settings, ClassLoader modules, Clock clock) {
        return start(settings, modules, clock, context -> { });
    }

    /** @param extensions see {@link AtriumRuntime#start(AtriumSettings, ClassLoader, Clock, Consumer)} */
    public static EmbeddedServer start(AtriumSettings settings, ClassLoader modules, Clock clock,
            Consumer<GenericApplicationContext> extensions) {
        long started = System.nanoTime();
        WebStackWarmUp.startInBackground();
        AtriumRuntime runtime = AtriumRuntime.begin(settings, modules, clock, extensions);
        long runtimeReady = System.nanoTime();
        Server server = new Server();
        try {
            ServletContextHandler context = new ServletContextHandler("/");
            ServletHolder jersey = new ServletHolder("atrium", new ServletContainer(new AtriumApplication(runtime)));
            jersey.setInitOrder(1);
            context.addServlet(jersey, "/*");
            server.setHandler(context);
            server.setErrorHandler(new JsonErrorHandler());
            server.setStopAtShutdown(false);
            // Jersey is set up while the database mappings may still be being built; the port opens once the
            // runtime is ready to serve
            server.start();
        } catch (Exception e) {
            runtime.close();
            stopQuietly(server);
            throw new StartupException("cannot set up the web application: " + e.getMessage(), e);
        }
        long webReady = System.nanoTime();
        try {
            runtime.prepareToServe();
        } catch (StartupException e) {
            stopQuietly(server);
            throw e;
        }
        long prepared = System.nanoTime();
        try {
            ServerConnector connector = new ServerConnector(server);
            connector.setHost(settings.host());
            connector.setPort(settings.port());
            server.addConnector(connector);
            connector.start();
            URI uri = URI.create("http://" + settings.host() + ":" + connector.getLocalPort());
            return new EmbeddedServer(server, runtime, uri, "services " + millis(started, runtimeReady) + " ms, Jersey "
                    + millis(runtimeReady, webReady) + " ms, database and first admin ready "
                    + millis(webReady, prepared) + " ms later, port " + millis(prepared, System.nanoTime()) + " ms");
        } catch (Exception e) {
            runtime.close();
            stopQuietly(server);
            throw new StartupException("cannot serve on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    public URI uri() {
        return uri;
    }

    public AtriumRuntime runtime() {
        return runtime;
    }

    @Override
    public void close() {
        stopQuietly(server);
        runtime.close();
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Jetty did not stop cleanly: {}", e.getMessage());
        }
    }

    /** When the process that {@code java -jar} started began: the launcher's, or this JVM's own. */
    private static long launchedAt() {
        String launcher = System.getProperty(ClassDataLaunch.LAUNCHED_AT);
        return launcher != null ? Long.parseLong(launcher) : ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * Started by the {@code java -jar} launcher, whose pipe is this JVM's standard input: its end means the
     * launcher is gone (killed without a chance to stop this JVM), so this one stops too, cleanly.
     */
    private static void stopWhenTheLauncherIsGone() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the launcher writes nothing; only the end matters
                }
            } catch (IOException e) {
                // a broken pipe ends the same way
            }
            LOG.warn("The launching process is gone: stopping");
            System.exit(0);
        }, "atrium-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(OpenApiCommand.NAME)) {
            System.exit(OpenApiCommand.run(List.of(args).subList(1, args.length), EmbeddedServer.class.getClassLoader(),
                    System.out, System.err));
        }
        Logging.configureConsole();
        long launched = launchedAt();
        long mainStarted = System.currentTimeMillis();
        AtriumSettings settings = AtriumSettings.fromEnvironment();
        if (args.length > 0 && args[0].equals(SeedDemoCommand.NAME)) {
            System.exit(SeedDemoCommand.run(settings, EmbeddedServer.class.getClassLoader(), System.out, System.err));
        }
        if (System.getProperty(ClassDataLaunch.LAUNCHED_AT) != null) {
            stopWhenTheLauncherIsGone();
        }
        try {
            EmbeddedServer server = start(settings, EmbeddedServer.class.getClassLoader());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                long stopping = System.nanoTime();
                server.close();
                Logging.atShutdown(EmbeddedServer.class, "Atrium stopped in " + (System.nanoTime() - stopping) / 1_000_000
                        + " ms" + (Boolean.getBoolean(ClassDataLaunch.RECORDING)
                                ? "; writing the class-data archive that makes the next starts faster (once)" : ""));
            }, "atrium-shutdown"));
            LOG.info("Atrium started at {} in {} ms (launch {} ms, {}; database: {}; modules: {}; entities: {})", server.uri(),
                    System.currentTimeMillis() - launched, mainStarted - launched, server.startup, server.runtime().databaseDescription(),
                    server.runtime().catalog().modules(), server.runtime().catalog().entities().size());
        } catch (StartupException e) {
            LOG.error("Atrium cannot start: {}", e.getMessage());
            LOG.debug("Start-up failure", e);
            System.exit(1);
        }
    }
}
