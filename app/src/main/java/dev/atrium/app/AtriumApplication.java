package dev.atrium.app;

import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.spi.AbstractContainerLifecycleListener;
import org.glassfish.jersey.server.spi.Container;

/**
 * The Jersey application over a running Atrium: the embedded launcher and, in a servlet container,
 * {@link AtriumServletContextListener} create it with their runtime.
 */
public class AtriumApplication extends ResourceConfig {

    public AtriumApplication(AtriumRuntime runtime) {
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
        register(JacksonFeature.withoutExceptionMappers());
        registerInstances(runtime.jerseyComponents().toArray());
        register(new AbstractContainerLifecycleListener() {
            @Override
            public void onShutdown(Container container) {
                runtime.close();
            }
        });
    }
}
