package dev.atrium.adapter.persistence;

import java.util.Map;

import dev.atrium.domain.query.ReadShape;

/** The names behind a page's belongs-to ids, by link ({@link ShapedRows#names}); a name not read is null. */
final class PageNames {

    static final PageNames NONE = new PageNames(Map.of());

    /** Link to the names of the page's targets, id to name. */
    private final Map<String, Map<String, String>> byLink;

    PageNames(Map<String, Map<String, String>> byLink) {
        this.byLink = byLink;
    }

    String of(ReadShape.Name name, String id) {
        Map<String, String> names = byLink.get(name.link());
        return names == null ? null : names.get(id);
    }
}
