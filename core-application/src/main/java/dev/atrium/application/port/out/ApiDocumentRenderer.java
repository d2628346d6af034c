package dev.atrium.application.port.out;

import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.security.AccessPolicy;

/** Writes the OpenAPI document that describes the API a catalog's entities get, as one caller sees it. */
public interface ApiDocumentRenderer {

    /**
     * @param access what the reader may do: the document shows only the entities, routes and fields it opens
     * @param serverUrl where the API's routes start, as clients reach it: {@code /api/v1}, or
     *     {@code /atrium/api/v1} when the application is deployed under a context path
     */
    String render(Catalog catalog, AccessPolicy access, ApiDocumentFormat format, String serverUrl);

    /** The whole document: every entity, route and field (nothing in Atrium is admin-only). */
    default String render(Catalog catalog, ApiDocumentFormat format, String serverUrl) {
        return render(catalog, AccessPolicy.ADMIN, format, serverUrl);
    }
}
