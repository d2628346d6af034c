package dev.atrium.application.spi;

import java.net.URL;
import java.util.Set;

/**
 * The collector a module contributes to. New kinds of contribution arrive as new methods here, so
 * existing modules keep working unchanged.
 */
public interface ModuleContributions {

    /**
     * Adds one entity definition: a JSON file whose name (without {@code .json}) is the entity's name.
     */
    ModuleContributions entityDefinition(URL jsonResource);

    /** Runs {@code hook} before every create and update of records of {@code entity} (any module's entity). */
    ModuleContributions recordHook(String entity, RecordHook hook);

    /**
     * Adds the route {@code method /api/v1/{entity}/{id}/{name}} ({@code GET}, {@code POST}, {@code PUT},
     * {@code PATCH} or {@code DELETE}); two actions on one route stop start-up.
     */
    ModuleContributions recordAction(String entity, String method, String name, RecordAction action);

    /**
     * Reads where items on lists of {@code entity} that set {@code flag} ({@code "isAttribute": true});
     * without a rewriter, such an item is a 400 naming the flag. One rewriter per entity and flag.
     */
    ModuleContributions whereItem(String entity, String flag, WhereItemRewriter rewriter);

    /**
     * Adds a value under {@code key} to the records of {@code entity} that lists and single reads answer, when
     * the request carries one of {@code parameters} ({@code allAttributes=true}); one extension per entity.
     */
    default ModuleContributions readExtension(String entity, Set<String> parameters, String key,
            RecordReadExtension extension) {
        throw new UnsupportedOperationException("this platform takes no read extensions");
    }

    /** Offers example records that {@code seed-demo} loads; modules seed in their load order. */
    ModuleContributions demoData(DemoData data);

    /**
     * Adds a change to the module's stored data, run once per database at start-up, in {@code version}
     * order (1, 2, ...), and recorded. Versions only grow: a migration added below one that already ran
     * stops start-up.
     *
     * @param description what it does, in a few words; recorded with it
     */
    ModuleContributions dataMigration(int version, String description, DataMigration migration);

    /**
     * Adds entity definitions shipped beside {@code owner}, resolved as {@link Class#getResource} does
     * ({@code "entities/Product.json"} is looked up in the owner's package). A missing file stops start-up.
     */
    default ModuleContributions entityDefinitions(Class<?> owner, String... resourcePaths) {
        for (String path : resourcePaths) {
            URL resource = owner.getResource(path);
            if (resource == null) {
                throw new IllegalStateException("module resource not found: " + path + " (relative to "
                        + owner.getName() + ")");
            }
            entityDefinition(resource);
        }
        return this;
    }
}
