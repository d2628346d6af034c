package dev.atrium.app;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;

import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Atrium in a servlet container, declared in {@code WEB-INF/web.xml}: reads the settings (see
 * {@link SettingSources}), starts the runtime and serves it with Jersey on {@code /*}; closes the
 * runtime when the container stops the application. A start-up failure stops the deployment.
 */
public class AtriumServletContextListener implements ServletContextListener {

    private AtriumRuntime runtime;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        try {
            runtime = AtriumRuntime.start(AtriumSettings.from(SettingSources.inContainer(context)),
                    context.getClassLoader());
        } catch (RuntimeException e) {
            context.log("Atrium cannot start: " + e.getMessage());
            throw e;
        }
        ServletRegistration.Dynamic servlet = context.addServlet("atrium",
                new ServletContainer(new AtriumApplication(runtime)));
        servlet.setLoadOnStartup(1);
        servlet.addMapping("/*");
        context.log("Atrium started (database: " + runtime.databaseDescription() + ")");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (runtime != null) {
            runtime.close();
            event.getServletContext().log("Atrium stopped");
        }
        deregisterDrivers(event.getServletContext());
    }

    /** The drivers in {@code WEB-INF/lib} registered themselves; left registered, they keep the application loaded. */
    private static void deregisterDrivers(ServletContext context) {
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (driver.getClass().getClassLoader() == context.getClassLoader()) {
                try {
                    DriverManager.deregisterDriver(driver);
                } catch (SQLException e) {
                    context.log("Could not deregister " + driver.getClass().getName() + ": " + e.getMessage());
                }
            }
        }
    }
}
