package dev.atrium.module.archfixture;

import dev.atrium.application.service.CatalogRegistry;

/** Bad on purpose: a plug-in using the core's internals. */
public class PluginUsingService {
    CatalogRegistry registry;
}
