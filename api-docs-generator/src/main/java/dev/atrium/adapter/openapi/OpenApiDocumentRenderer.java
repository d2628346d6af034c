package dev.atrium.adapter.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.OpenAPI;

import dev.atrium.application.port.out.ApiDocumentFormat;
import dev.atrium.application.port.out.ApiDocumentRenderer;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.security.AccessPolicy;

/** Builds swagger-core's model of the catalog's API and writes it with swagger-core's own mappers. */
public final class OpenApiDocumentRenderer implements ApiDocumentRenderer {

    private final OpenApiSettings settings;

    public OpenApiDocumentRenderer(OpenApiSettings settings) {
        this.settings = settings;
    }

    @Override
    public String render(Catalog catalog, AccessPolicy access, ApiDocumentFormat format, String serverUrl) {
        OpenAPI document = new ApiDocumentBuilder(settings, format.version()).build(catalog, access, serverUrl);
        try {
            return writer(format).writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The OpenAPI document cannot be written: " + e.getOriginalMessage(), e);
        }
    }

    /** The 3.1 mappers write {@code type} from the schema's type set, the 3.0 ones {@code type} and {@code nullable}. */
    private static ObjectWriter writer(ApiDocumentFormat format) {
        boolean openApi31 = format.version() == ApiDocumentFormat.Version.OPENAPI_3_1;
        return switch (format.notation()) {
            case JSON -> openApi31 ? Json31.pretty() : Json.pretty();
            case YAML -> openApi31 ? Yaml31.pretty() : Yaml.pretty();
        };
    }
}
