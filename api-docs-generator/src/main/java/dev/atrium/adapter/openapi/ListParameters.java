package dev.atrium.adapter.openapi;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.SystemFields;

/** The query parameters of a list of records: filter, selection, paging, order and counting. */
final class ListParameters {

    private final SchemaFactory schemas;
    private final OpenApiSettings settings;

    ListParameters(SchemaFactory schemas, OpenApiSettings settings) {
        this.schemas = schemas;
        this.settings = settings;
    }

    List<Parameter> of(EntityDefinition entity, CallerView caller) {
        Schema<Object> offset = count(0);
        Schema<Object> maxSize = count(settings.defaultPageSize());
        maxSize.setMaximum(BigDecimal.valueOf(settings.maxPageSize()));
        List<String> sortable = sortable(entity, caller);
        Schema<Object> sortBy = text();
        sortBy.setPattern(sortPattern(sortable));
        sortBy.setDefault(SystemFields.ID);
        Schema<Object> asc = schemas.typed("boolean", false);
        asc.setDefault(true);
        Schema<Object> where = text();
        Schema<Object> counting = text();
        counting.setEnum(List.of("exact", "none"));
        counting.setDefault("exact");
        return List.of(
                parameter("where", where, "A JSON array of WhereCondition objects (see the WhereCondition schema), all "
                        + "of which must hold, e.g. [{\"type\":\"equals\",\"attribute\":\"" + entity.sortBy()
                        + "\",\"value\":\"x\"}]. AtroCore's bracket form, where[0][type]=equals&where[0][attribute]=..., "
                        + "is accepted too."),
                parameter("select", text(), "A comma list of the attributes to answer (id always comes back)."),
                parameter("textFilter", text(), "Text found, ignoring case, in any of the entity's varchar fields."),
                parameter("offset", offset, "How many records to skip."),
                parameter("maxSize", maxSize, "How many records to answer at most."),
                parameter("sortBy", sortBy, "A comma list of attributes to order by, each optionally with :asc or "
                        + ":desc; ties are broken by id. Without it, lists are ordered by id, as in AtroCore. Sortable: " + String.join(", ", sortable) + "."),
                parameter("asc", asc, "true orders ascending (the default), false descending."),
                parameter("collectionOnly", schemas.typed("boolean", false), "true answers only list, without total."),
                parameter("totalOnly", schemas.typed("boolean", false), "true answers only total, without list."),
                parameter("count", counting, "none skips counting: the answer has no total."),
                parameter("cursor", text(), "Keyset paging: the next token of the previous page, with the same where, "
                        + "textFilter, sortBy and asc."));
    }

    /** Every stored attribute the caller may read can order a list; link ids included, linked names not. */
    private static List<String> sortable(EntityDefinition entity, CallerView caller) {
        return entity.storedFields().stream()
                .filter(field -> field.type() != FieldType.PASSWORD && caller.canRead(entity, field)
                        && !SystemFields.isHidden(field.attribute()))
                .map(FieldDefinition::attribute).toList();
    }

    /** Attribute names are letters and digits, so they stand in the pattern as they are. */
    private static String sortPattern(List<String> attributes) {
        String one = "(" + String.join("|", attributes) + ")(:(asc|desc))?";
        return attributes.isEmpty() ? null : "^" + one + "(," + one + ")*$";
    }

    private Schema<Object> text() {
        return schemas.typed("string", false);
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
