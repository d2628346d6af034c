package dev.atrium.adapter.openapi;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.atrium.application.port.out.ApiDocumentFormat;
import dev.atrium.application.port.out.ApiDocumentFormat.Notation;
import dev.atrium.application.port.out.ApiDocumentFormat.Version;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.security.AccessPolicy;

/** Renders test documents with fixed settings, so that nothing but the catalog changes them. */
final class Documents {

    static final OpenApiSettings SETTINGS = new OpenApiSettings("0.0.0-test", 200, 1000);
    static final String SERVER = "/api/v1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Documents() {
    }

    static String render(Catalog catalog, Version version, Notation notation) {
        return new OpenApiDocumentRenderer(SETTINGS).render(catalog, new ApiDocumentFormat(version, notation), SERVER);
    }

    static JsonNode tree(Catalog catalog, Version version) {
        return tree(catalog, AccessPolicy.ADMIN, version);
    }

    /** The document as a caller with this access sees it. */
    static JsonNode tree(Catalog catalog, AccessPolicy access, Version version) {
        try {
            return JSON.readTree(new OpenApiDocumentRenderer(SETTINGS).render(catalog, access,
                    new ApiDocumentFormat(version, Notation.JSON), SERVER));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of a JSON array as text, null for a JSON null. */
    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.isNull() ? null : value.asText()));
        return values;
    }
}
