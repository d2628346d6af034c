package dev.atrium.adapter.rest;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import dev.atrium.application.port.in.ShapeModelUseCase;
import dev.atrium.application.port.in.UpdateRecordResult;
import dev.atrium.domain.record.Record;

/**
 * The Entity Manager's routes, {@code /api/v1/Entity} and {@code /api/v1/EntityField}: writes change the
 * model and answer once it is in force; reads are the generic record reads, as both are catalog entities.
 */
@Path("api/v1/{entity: (?i)(entity|entityfield)}")
@Produces(MediaType.APPLICATION_JSON)
public class EntityManagerResource {

    private final ShapeModelUseCase model;
    private final RecordResource records;

    public EntityManagerResource(ShapeModelUseCase model, RecordResource records) {
        this.model = model;
        this.records = records;
    }

    @GET
    public Map<String, Object> list(@PathParam("entity") String entity, @Context UriInfo uri,
            @Context ContainerRequestContext request, @HeaderParam("language") String language) {
        return records.list(canonical(entity), uri, request, language);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("entity") String entity, @PathParam("id") String id, @Context UriInfo uri,
            @Context ContainerRequestContext request, @HeaderParam("language") String language) {
        return records.get(canonical(entity), id, uri, request, language);
    }

    @POST
    public Response create(@PathParam("entity") String entity, InputStream body, @Context ContainerRequestContext request) {
        Record created = model.create(Callers.of(request), canonical(entity), Json.readObject(body));
        return RecordVersions.tagged(Response.ok(RecordJson.of(created)), created).build();
    }

    @PUT
    @Path("{id}")
    public Response put(@PathParam("entity") String entity, @PathParam("id") String id, InputStream body,
            @Context ContainerRequestContext request) {
        return update(entity, id, body, request);
    }

    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("entity") String entity, @PathParam("id") String id, InputStream body,
            @Context ContainerRequestContext request) {
        return update(entity, id, body, request);
    }

    @DELETE
    @Path("{id}")
    public boolean delete(@PathParam("entity") String entity, @PathParam("id") String id,
            @HeaderParam("Permanently") String permanently, @Context ContainerRequestContext request) {
        model.delete(Callers.of(request), canonical(entity), id, "true".equalsIgnoreCase(permanently));
        return true;
    }

    private Response update(String entity, String id, InputStream body, ContainerRequestContext request) {
        UpdateRecordResult result = model.update(Callers.of(request), canonical(entity), id, Json.readObject(body));
        Response.ResponseBuilder answer = result.changed() ? Response.ok(RecordJson.of(result.record()))
                : Response.notModified();
        return RecordVersions.tagged(answer, result.record()).build();
    }

    private static String canonical(String entity) {
        return entity.toLowerCase(Locale.ROOT).equals("entity") ? "Entity" : "EntityField";
    }
}
