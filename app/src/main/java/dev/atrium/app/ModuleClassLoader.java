package dev.atrium.app;

/** The class loader in which plug-ins are looked up (the application's own, unless a test says otherwise). */
public record ModuleClassLoader(ClassLoader classLoader) {
}
