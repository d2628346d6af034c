package dev.atrium.adapter.rest.archfixture;

import dev.atrium.adapter.persistence.DatabaseSettings;

/** Bad on purpose: one adapter depending on another. */
public class RestUsingPersistence {
    DatabaseSettings settings;
}
