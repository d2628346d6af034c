package dev.atrium.domain.metadata;

import java.util.Objects;
import java.util.Set;

/**
 * What a module adds to the records that reads of an entity answer, as the catalog describes it to clients
 * (the API document): the query parameters that ask for it and the attribute it is answered under.
 *
 * @param parameters the list and read parameters that call the extension ({@code allAttributes})
 * @param key the attribute of each record the values come under ({@code attributeValues})
 * @param module the id of the module that added it
 */
public record ReadExtensionRoute(Set<String> parameters, String key, String module) {

    public ReadExtensionRoute {
        parameters = Set.copyOf(parameters);
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(module, "module");
    }
}
