package dev.atrium.adapter.rest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import dev.atrium.application.port.out.ApiDocumentFormat;
import dev.atrium.application.port.out.ApiDocumentRenderer;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.security.AccessPolicy;

/**
 * API documents rendered for the catalog version in force, one per format, server URL and access
 * policy (the merged access of a role set, so one per role set); a catalog with a new version
 * renders anew, and so does a role whose access changed, since its policy is then another key.
 */
final class RenderedDocuments {

    /** Role sets are few; a bound keeps a flood of distinct ones from holding memory. */
    private static final int MAX_DOCUMENTS = 256;

    private record Key(ApiDocumentFormat format, String serverUrl, AccessPolicy access) {
    }

    private record Generation(long catalogVersion, Map<Key, String> texts) {
    }

    private final ApiDocumentRenderer renderer;
    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(Long.MIN_VALUE, Map.of()));

    RenderedDocuments(ApiDocumentRenderer renderer) {
        this.renderer = renderer;
    }

    String get(Catalog catalog, AccessPolicy access, ApiDocumentFormat format, String serverUrl) {
        Generation generation = current.updateAndGet(held -> held.catalogVersion() == catalog.version()
                ? held : new Generation(catalog.version(), new ConcurrentHashMap<>()));
        if (generation.texts().size() >= MAX_DOCUMENTS) {
            generation.texts().clear();
        }
        return generation.texts().computeIfAbsent(new Key(format, serverUrl, access),
                key -> renderer.render(catalog, access, format, serverUrl));
    }
}
