package dev.atrium.adapter.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;

/** The query parameters a list of records takes today: paging and order. */
final class ListParameters {

    private final SchemaFactory schemas;
    private final OpenApiSettings settings;

    ListParameters(SchemaFactory schemas, OpenApiSettings settings) {
        this.schemas = schemas;
        this.settings = settings;
    }

    List<Parameter> of(EntityDefinition entity) {
        Schema<Object> offset = count(0);
        Schema<Object> maxSize = count(settings.defaultPageSize());
        maxSize.setMaximum(BigDecimal.valueOf(settings.maxPageSize()));
        Schema<Object> sortBy = schemas.typed("string", false);
        sortBy.setEnum(new ArrayList<>(sortable(entity)));
        sortBy.setDefault(entity.sortBy());
        Schema<Object> asc = schemas.typed("boolean", false);
        asc.setDefault(entity.sortAscending());
        return List.of(
                parameter("offset", offset, "How many records to skip."),
                parameter("maxSize", maxSize, "How many records to answer at most."),
                parameter("sortBy", sortBy, "The attribute to order by."),
                parameter("asc", asc, "true orders ascending, any other value descending; "
                        + "without it, the entity's own direction applies."));
    }

    /** Every stored attribute can order a list; link ids included, linked names not. */
    private static List<String> sortable(EntityDefinition entity) {
        return entity.storedFields().stream().map(FieldDefinition::attribute).toList();
    }

    private Schema<Object> count(int defaultValue) {
        Schema<Object> schema = schemas.typed("integer", false);
        schema.setFormat("int32");
        schema.setMinimum(BigDecimal.ZERO);
        schema.setDefault(defaultValue);
        return schema;
    }

    private static Parameter parameter(String name, Schema<Object> schema, String description) {
        return new QueryParameter().name(name).schema(schema).description(description);
    }
}
