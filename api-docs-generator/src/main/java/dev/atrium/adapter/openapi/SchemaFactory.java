package dev.atrium.adapter.openapi;

import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Makes schemas in the dialect of one OpenAPI version. A value that may be null is
 * {@code nullable: true} in 3.0 and a type union with {@code "null"} in 3.1 (JSON Schema 2020-12).
 */
final class SchemaFactory {

    private static final String COMPONENTS = "#/components/schemas/";

    private final SpecVersion version;

    SchemaFactory(SpecVersion version) {
        this.version = version;
    }

    SpecVersion version() {
        return version;
    }

    Schema<Object> typed(String type, boolean nullable) {
        Schema<Object> schema = new Schema<>(version);
        if (version == SpecVersion.V30) {
            schema.setType(type);
            schema.setNullable(nullable ? Boolean.TRUE : null);
        } else {
            schema.addType(type);
            if (nullable) {
                schema.addType("null");
            }
        }
        return schema;
    }

    /** A schema that any JSON value matches. */
    Schema<Object> anyValue() {
        return new Schema<>(version);
    }

    Schema<Object> ref(String componentName) {
        Schema<Object> schema = new Schema<>(version);
        schema.set$ref(COMPONENTS + componentName);
        return schema;
    }
}
