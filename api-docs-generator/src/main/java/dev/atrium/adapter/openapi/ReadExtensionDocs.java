package dev.atrium.adapter.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.ReadExtensionRoute;

/**
 * What a module adds to an entity's reads: its parameters on the list and the single read, and the attribute
 * it answers under in {@code {E}} and {@code {E}ListItem}, present only when asked for.
 */
final class ReadExtensionDocs {

    private ReadExtensionDocs() {
    }

    static void addTo(Paths paths, Map<String, Schema<Object>> named, EntityDefinition entity, ReadExtensionRoute route,
            SchemaFactory schemas) {
        String by = "Read by module '" + route.module() + "': adds '" + route.key() + "' to each record answered.";
        for (String path : new String[] {"/" + entity.name(), "/" + entity.name() + "/{id}"}) {
            PathItem item = paths.get(path);
            Operation read = item == null ? null : item.getGet();
            if (read != null) {
                // query parameters go before the headers (language), as the platform's own do
                List<Parameter> parameters = read.getParameters() == null ? new ArrayList<>()
                        : new ArrayList<>(read.getParameters());
                int at = 0;
                while (at < parameters.size() && !"header".equals(parameters.get(at).getIn())) {
                    at++;
                }
                for (String name : new TreeSet<>(route.parameters())) {
                    parameters.add(at++, new QueryParameter().name(name).description(by)
                            .schema(schemas.typed("string", false)));
                }
                read.setParameters(parameters);
            }
        }
        for (String schema : new String[] {EntitySchemas.recordName(entity), EntitySchemas.listItemName(entity)}) {
            Schema<Object> record = named.get(schema);
            if (record != null) {
                Schema<Object> value = schemas.anyValue();
                value.setDescription("Added by module '" + route.module() + "' when the read asks with "
                        + String.join(" or ", new TreeSet<>(route.parameters())) + "; absent otherwise.");
                record.addProperty(route.key(), value);
            }
        }
    }
}
