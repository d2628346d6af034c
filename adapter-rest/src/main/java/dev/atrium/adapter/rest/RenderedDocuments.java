package dev.atrium.adapter.rest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import dev.atrium.application.port.out.ApiDocumentFormat;
import dev.atrium.application.port.out.ApiDocumentRenderer;
import dev.atrium.domain.metadata.Catalog;

/** API documents rendered for the catalog version in force; a catalog with a new version renders anew. */
final class RenderedDocuments {

    private record Key(ApiDocumentFormat format, String serverUrl) {
    }

    private record Generation(long catalogVersion, Map<Key, String> texts) {
    }

    private final ApiDocumentRenderer renderer;
    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(Long.MIN_VALUE, Map.of()));

    RenderedDocuments(ApiDocumentRenderer renderer) {
        this.renderer = renderer;
    }

    String get(Catalog catalog, ApiDocumentFormat format, String serverUrl) {
        Generation generation = current.updateAndGet(held -> held.catalogVersion() == catalog.version()
                ? held : new Generation(catalog.version(), new ConcurrentHashMap<>()));
        return generation.texts().computeIfAbsent(new Key(format, serverUrl),
                key -> renderer.render(catalog, format, serverUrl));
    }
}
