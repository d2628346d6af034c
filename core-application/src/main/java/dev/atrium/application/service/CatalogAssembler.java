package dev.atrium.application.service;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.port.out.RuntimeModel;
import dev.atrium.application.spi.DataMigration;
import dev.atrium.application.spi.DemoData;
import dev.atrium.application.spi.ModuleContributions;
import dev.atrium.application.spi.PlatformModule;
import dev.atrium.application.spi.RecordAction;
import dev.atrium.application.spi.RecordHook;
import dev.atrium.application.spi.RecordReadExtension;
import dev.atrium.application.spi.WhereItemRewriter;
import dev.atrium.domain.metadata.ActionRoute;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.CatalogBuilder;
import dev.atrium.domain.metadata.DefinitionException;
import dev.atrium.domain.metadata.ReadExtensionRoute;

/** Builds a catalog, and the record hooks, from what the modules contribute, in their load order. */
public final class CatalogAssembler {

    private CatalogAssembler() {
    }

    /**
     * What the modules contribute: the catalog of their entities, the hooks on them, their record actions,
     * their where item rewriters, demo data and data migrations.
     */
    public record Assembly(Catalog catalog, RecordHooks hooks, RecordActions actions, WhereRewriters rewriters,
            List<DemoData> demoData, DataMigrations migrations, ReadExtensions readExtensions,
            CatalogBuilder modulesOnly) {

        /**
         * The modules' catalog with the entities and fields created at runtime.
         *
         * @throws DefinitionException naming the runtime definition and what it clashes with
         */
        public Catalog catalog(RuntimeModel runtime, long version) {
            CatalogBuilder builder = modulesOnly.copy();
            RuntimeDefinitions.contribute(builder, runtime);
            return builder.build(version);
        }
    }

    /** @throws dev.atrium.domain.metadata.DefinitionException naming the file and the problem */
    public static Catalog assemble(List<PlatformModule> modules, long version) {
        return assembleAll(modules, version, List.of()).catalog();
    }

    /** Like {@link #assemble}, with the hooks; a hook on an entity no module defines stops start-up. */
    /** @param languages the input languages multilingual fields get companions for ({@code de_DE}) */
    public static Assembly assembleAll(List<PlatformModule> modules, long version, List<String> languages) {
        CatalogBuilder builder = new CatalogBuilder().languages(languages);
        RecordHooks.Builder hooks = new RecordHooks.Builder();
        RecordActions.Builder actions = new RecordActions.Builder();
        WhereRewriters.Builder rewriters = new WhereRewriters.Builder();
        ReadExtensions.Builder readExtensions = new ReadExtensions.Builder();
        List<DemoData> demoData = new ArrayList<>();
        DataMigrations.Builder migrations = new DataMigrations.Builder();
        Map<String, String> hookOwners = new LinkedHashMap<>();
        for (PlatformModule module : modules) {
            builder.module(module.id());
            Collector collector = new Collector(module, builder, hooks, actions, rewriters, readExtensions, demoData,
                    hookOwners, migrations);
            try {
                module.contribute(collector);
            } catch (DefinitionException | ModuleException e) {
                throw e;
            } catch (RuntimeException | LinkageError e) {
                throw new ModuleException("module '" + module.id() + "' (" + ModuleLoader.origin(module)
                        + ") failed to contribute: " + e, e);
            }
        }
        CatalogBuilder modulesOnly = builder.copy();
        Catalog catalog = builder.build(version);
        hookOwners.forEach((entity, module) -> {
            if (catalog.find(entity).isEmpty()) {
                throw new ModuleException("module '" + module + "' hooks entity '" + entity
                        + "', which no loaded module defines");
            }
        });
        return new Assembly(catalog, hooks.build(entity -> catalog.require(entity).name()),
                actions.build(entity -> catalog.require(entity).name()),
                rewriters.build(entity -> catalog.require(entity).name()), List.copyOf(demoData), migrations.build(),
                readExtensions.build(entity -> catalog.require(entity).name()), modulesOnly);
    }

    /** The collector one module writes into. */
    private static final class Collector implements ModuleContributions {
        private final PlatformModule module;
        private final String moduleId;
        private final CatalogBuilder builder;
        private final RecordHooks.Builder hooks;
        private final RecordActions.Builder actions;
        private final WhereRewriters.Builder rewriters;
        private final ReadExtensions.Builder readExtensions;
        private final List<DemoData> demoData;
        private final Map<String, String> hookOwners;
        private final DataMigrations.Builder migrations;

        Collector(PlatformModule module, CatalogBuilder builder, RecordHooks.Builder hooks,
                RecordActions.Builder actions, WhereRewriters.Builder rewriters, ReadExtensions.Builder readExtensions,
                List<DemoData> demoData, Map<String, String> hookOwners, DataMigrations.Builder migrations) {
            this.module = module;
            this.moduleId = module.id();
            this.migrations = migrations;
            this.builder = builder;
            this.hooks = hooks;
            this.actions = actions;
            this.rewriters = rewriters;
            this.readExtensions = readExtensions;
            this.demoData = demoData;
            this.hookOwners = hookOwners;
        }

        @Override
        public ModuleContributions demoData(DemoData data) {
            demoData.add(data);
            return this;
        }

        @Override
        public ModuleContributions dataMigration(int version, String description, DataMigration migration) {
            migrations.add(module, version, description, migration);
            return this;
        }

        @Override
        public ModuleContributions recordAction(String entity, String method, String name, RecordAction action) {
            actions.add(moduleId, entity, method, name, action);
            builder.action(entity, new ActionRoute(method.toUpperCase(Locale.ROOT), name, moduleId));
            hookOwners.putIfAbsent(entity, moduleId);
            return this;
        }

        @Override
        public ModuleContributions whereItem(String entity, String flag, WhereItemRewriter rewriter) {
            rewriters.add(moduleId, entity, flag, rewriter);
            builder.whereFlag(entity, flag);
            hookOwners.putIfAbsent(entity, moduleId);
            return this;
        }

        @Override
        public ModuleContributions readExtension(String entity, Set<String> parameters, String key,
                RecordReadExtension extension) {
            readExtensions.add(moduleId, entity, parameters, key, extension);
            builder.readExtension(entity, new ReadExtensionRoute(parameters, key, moduleId));
            hookOwners.putIfAbsent(entity, moduleId);
            return this;
        }

        @Override
        public ModuleContributions recordHook(String entity, RecordHook hook) {
            hooks.add(entity, hook);
            hookOwners.putIfAbsent(entity, moduleId);
            return this;
        }

        @Override
        public ModuleContributions entityDefinition(URL jsonResource) {
            builder.entity(EntityDefinitionReader.read(jsonResource, moduleId));
            return this;
        }
    }
}
