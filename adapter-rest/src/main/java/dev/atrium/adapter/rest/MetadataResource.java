package dev.atrium.adapter.rest;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import dev.atrium.application.port.in.AuthenticateUseCase;
import dev.atrium.application.port.in.GetCatalogUseCase;

/** {@code GET /api/v1/Metadata}: the entity definitions the caller may see, as AtroCore's clients read them. */
@Path("api/v1/Metadata")
@Produces(MediaType.APPLICATION_JSON)
public class MetadataResource {

    private final GetCatalogUseCase catalogs;
    private final AuthenticateUseCase authenticate;

    public MetadataResource(GetCatalogUseCase catalogs, AuthenticateUseCase authenticate) {
        this.catalogs = catalogs;
        this.authenticate = authenticate;
    }

    @GET
    public Map<String, Object> metadata(@Context ContainerRequestContext request) {
        return MetadataJson.of(catalogs.currentCatalog(), authenticate.accessOf(Callers.of(request)));
    }
}
