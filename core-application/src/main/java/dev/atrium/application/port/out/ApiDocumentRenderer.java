package dev.atrium.application.port.out;

import dev.atrium.domain.metadata.Catalog;

/** Writes the OpenAPI document that describes the API a catalog's entities get. */
public interface ApiDocumentRenderer {

    /**
     * @param serverUrl where the API's routes start, as clients reach it: {@code /api/v1}, or
     *     {@code /atrium/api/v1} when the application is deployed under a context path
     */
    String render(Catalog catalog, ApiDocumentFormat format, String serverUrl);
}
