package dev.atrium.adapter.rest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import dev.atrium.application.port.in.LinkRecordsCommand;
import dev.atrium.application.port.in.LinkRecordsUseCase;
import dev.atrium.application.port.in.ListLinkedRecordsUseCase;
import dev.atrium.application.port.in.ListRecordsQuery;
import dev.atrium.application.port.in.RunRecordActionUseCase;
import dev.atrium.domain.DomainException;

/**
 * {@code /api/v1/{entity}/{id}/{link}}: list the linked records (every list parameter applies),
 * link with {@code {"id"}} or {@code {"ids"}}, unlink with the same body or {@code ?ids=a,b}. A record
 * action that a module added on the same path and method runs instead.
 */
@Path("api/v1/{entity}/{id}/{link}")
@Produces(MediaType.APPLICATION_JSON)
public class RelationshipResource {

    private final ListLinkedRecordsUseCase listLinked;
    private final LinkRecordsUseCase links;
    private final RunRecordActionUseCase actions;

    public RelationshipResource(ListLinkedRecordsUseCase listLinked, LinkRecordsUseCase links,
            RunRecordActionUseCase actions) {
        this.listLinked = listLinked;
        this.links = links;
        this.actions = actions;
    }

    @GET
    public Object list(@PathParam("entity") String entity, @PathParam("id") String id,
            @PathParam("link") String link, @Context UriInfo uri, @Context ContainerRequestContext request) {
        if (actions.has(entity, HttpMethod.GET, link)) {
            return action(entity, id, HttpMethod.GET, link, new byte[0], request);
        }
        ListRecordsQuery query = ListParameters.read(Callers.of(request), entity, uri.getQueryParameters());
        return ListParameters.answer(query, listLinked.listLinked(entity, id, link, query));
    }

    @POST
    public Object link(@PathParam("entity") String entity, @PathParam("id") String id, @PathParam("link") String link,
            InputStream body, @Context ContainerRequestContext request) {
        if (actions.has(entity, HttpMethod.POST, link)) {
            return action(entity, id, HttpMethod.POST, link, Json.readBytes(body), request);
        }
        links.link(new LinkRecordsCommand(Callers.of(request), entity, id, link, ids(Json.readObject(body))));
        return true;
    }

    @PUT
    public Object put(@PathParam("entity") String entity, @PathParam("id") String id, @PathParam("link") String link,
            InputStream body, @Context ContainerRequestContext request) {
        return requiredAction(entity, id, HttpMethod.PUT, link, body, request);
    }

    @PATCH
    public Object patch(@PathParam("entity") String entity, @PathParam("id") String id, @PathParam("link") String link,
            InputStream body, @Context ContainerRequestContext request) {
        return requiredAction(entity, id, HttpMethod.PATCH, link, body, request);
    }

    private Object requiredAction(String entity, String id, String method, String name, InputStream body,
            ContainerRequestContext request) {
        if (!actions.has(entity, method, name)) {
            throw DomainException.invalid("There is no " + method + " on " + entity + "/{id}/" + name + ".");
        }
        return action(entity, id, method, name, Json.readBytes(body), request);
    }

    private Object action(String entity, String id, String method, String name, byte[] body,
            ContainerRequestContext request) {
        return actions.run(Callers.of(request), entity, id, method, name, Json.readValue(body)).orElse(Boolean.TRUE);
    }

    @DELETE
    public Object unlink(@PathParam("entity") String entity, @PathParam("id") String id, @PathParam("link") String link,
            @QueryParam("ids") String ids, InputStream body, @Context ContainerRequestContext request) {
        if (actions.has(entity, HttpMethod.DELETE, link)) {
            return action(entity, id, HttpMethod.DELETE, link, Json.readBytes(body), request);
        }
        List<String> chosen = ids == null ? null : Arrays.stream(ids.split(",")).map(String::trim)
                .filter(item -> !item.isEmpty()).toList();
        if (chosen == null) {
            byte[] bytes = Json.readBytes(body);
            chosen = bytes.length == 0 ? List.of() : ids(Json.readObject(new ByteArrayInputStream(bytes)));
        }
        links.unlink(new LinkRecordsCommand(Callers.of(request), entity, id, link, chosen));
        return true;
    }

    /** AtroCore's two shapes: {@code {"id": "a"}} or {@code {"ids": ["a", "b"]}}. */
    private static List<String> ids(Map<String, Object> body) {
        List<String> ids = new ArrayList<>();
        if (body.get("id") instanceof String id) {
            ids.add(id);
        }
        if (body.get("ids") instanceof List<?> many) {
            for (Object item : many) {
                if (!(item instanceof String id)) {
                    throw DomainException.invalid("'ids' must be an array of record ids.");
                }
                ids.add(id);
            }
        }
        return ids;
    }
}
