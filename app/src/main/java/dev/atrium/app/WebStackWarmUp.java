package dev.atrium.app;

import java.net.URI;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and initialises Jersey, HK2 and Jackson with a throwaway application and one request, on a
 * thread of its own while the runtime starts (modules, schema check, Hibernate): the first
 * initialisation of those libraries is most of what the web stack costs at start-up, and the main
 * thread mostly waits for Hibernate meanwhile.
 */
final class WebStackWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WebStackWarmUp.class);

    private WebStackWarmUp() {
    }

    static void startInBackground() {
        Thread thread = new Thread(WebStackWarmUp::run, "atrium-web-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            ApplicationHandler handler = new ApplicationHandler(new ResourceConfig()
                    .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                    .register(JacksonFeature.withoutExceptionMappers()).register(Probe.class));
            URI base = URI.create("http://localhost/");
            handler.apply(new ContainerRequest(base, base.resolve("probe"), "GET", null, new MapPropertiesDelegate(), null));
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("The web stack warm-up failed; start-up is only slower: {}", e.toString());
        }
    }

    /** A resource answering JSON, so that request matching and Jackson's writer are loaded too. */
    @Path("probe")
    public static final class Probe {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Map<String, Object> probe() {
            return Map.of("status", "UP", "count", 1);
        }
    }
}
