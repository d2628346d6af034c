package dev.atrium.adapter.rest;

import jakarta.ws.rs.container.ContainerRequestContext;

import dev.atrium.domain.DomainException;
import dev.atrium.domain.security.Principal;

/** The caller that {@link AuthFilter} authenticated, carried on the request. */
final class Callers {

    static final String PROPERTY = "atrium.principal";

    private Callers() {
    }

    static Principal of(ContainerRequestContext request) {
        if (request.getProperty(PROPERTY) instanceof Principal principal) {
            return principal;
        }
        throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "Authentication required.");
    }
}
