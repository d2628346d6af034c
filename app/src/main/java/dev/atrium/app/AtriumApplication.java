package dev.atrium.app;

import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.spi.AbstractContainerLifecycleListener;
import org.glassfish.jersey.server.spi.Container;

/**
 * The Jersey application. A servlet container creates it from {@code WEB-INF/web.xml} with the
 * no-argument constructor (settings from the environment); the embedded launcher passes its runtime.
 */
public class AtriumApplication extends ResourceConfig {

    public AtriumApplication() {
        this(AtriumRuntime.start(AtriumSettings.fromEnvironment(), AtriumApplication.class.getClassLoader()));
    }

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
