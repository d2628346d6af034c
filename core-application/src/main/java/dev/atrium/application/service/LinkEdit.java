package dev.atrium.application.service;

import java.util.List;

/**
 * A change of which records a to-many link holds: exactly {@code ids} (a body's {@code categoriesIds}),
 * these more (the link route's POST) or these fewer (its DELETE).
 */
record LinkEdit(Kind kind, List<String> ids) {

    enum Kind { REPLACE, ADD, REMOVE }

    LinkEdit {
        ids = List.copyOf(ids);
    }
}
