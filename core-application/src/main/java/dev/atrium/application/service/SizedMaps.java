package dev.atrium.application.service;

import java.util.LinkedHashMap;

/** Maps made at every item of a write, sized for what they will hold: one that grows rehashes what it held. */
final class SizedMaps {

    private SizedMaps() {
    }

    /** An empty insertion-ordered map that takes {@code entries} entries without growing. */
    static <K, V> LinkedHashMap<K, V> forEntries(int entries) {
        return new LinkedHashMap<>(entries * 4 / 3 + 1);
    }
}
