package dev.atrium.application.service;

import java.util.Set;

/** Told after a write commits which records of an entity it changed, so that what caches them can drop them at once. */
@FunctionalInterface
public interface WriteListener {

    /** @param ids the records written; empty when the write reached its records by a condition */
    void written(String entity, Set<String> ids);
}
