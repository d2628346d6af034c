package dev.atrium.adapter.openapi;

/** Where an attribute's schema is used: a record as read, or a body that creates or updates one. */
enum Usage {
    READ, CREATE, UPDATE
}
