package dev.atrium.adapter.rest;

import java.io.InputStream;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import dev.atrium.application.port.in.LogoutUseCase;
import dev.atrium.domain.DomainException;

/**
 * {@code POST /api/v1/App/action/destroyAuthToken {"token": "..."}} ends a token. A class of its own:
 * its literal path must outrank {@code /api/v1/{entity}/action}, the mass actions' path.
 */
@Path("api/v1/App/action")
@Produces(MediaType.APPLICATION_JSON)
public class AppActionResource {

    private final LogoutUseCase logout;

    public AppActionResource(LogoutUseCase logout) {
        this.logout = logout;
    }

    @POST
    @Path("destroyAuthToken")
    public boolean destroyAuthToken(@Context ContainerRequestContext request, InputStream body) {
        Object token = Json.readObject(body).get("token");
        if (!(token instanceof String raw) || raw.isBlank()) {
            throw DomainException.invalid("'token' is required.");
        }
        logout.destroyToken(Callers.of(request), raw);
        return true;
    }
}
