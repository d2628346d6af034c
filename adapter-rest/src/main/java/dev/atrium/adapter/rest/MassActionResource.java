package dev.atrium.adapter.rest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import dev.atrium.application.port.in.MassActionsUseCase;
import dev.atrium.application.port.in.MassSelection;
import dev.atrium.application.port.in.MassUpdateCommand;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.security.Principal;

/**
 * {@code PUT /api/v1/{entity}/action/massUpdate} and {@code POST /api/v1/{entity}/action/massDelete},
 * by {@code ids} or by {@code where} with {@code byWhere}; both answer
 * {@code {"count": n, "sync": true, "errors": []}}.
 */
@Path("api/v1/{entity}/action")
@Produces(MediaType.APPLICATION_JSON)
public class MassActionResource {

    private final MassActionsUseCase massActions;

    public MassActionResource(MassActionsUseCase massActions) {
        this.massActions = massActions;
    }

    @PUT
    @Path("massUpdate")
    public Map<String, Object> massUpdate(@PathParam("entity") String entity, InputStream body,
            @Context ContainerRequestContext request) {
        Map<String, Object> json = Json.readObject(body);
        if (!(json.get("attributes") instanceof Map<?, ?> attributes)) {
            throw DomainException.invalid("'attributes' must be an object of the values to set.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) attributes;
        return answer(massActions.massUpdate(new MassUpdateCommand(selection(Callers.of(request), entity, json), values)));
    }

    @POST
    @Path("massDelete")
    public Map<String, Object> massDelete(@PathParam("entity") String entity, InputStream body,
            @Context ContainerRequestContext request) {
        return answer(massActions.massDelete(selection(Callers.of(request), entity, Json.readObject(body))));
    }

    private static MassSelection selection(Principal caller, String entity, Map<String, Object> json) {
        boolean byWhere = Boolean.TRUE.equals(json.get("byWhere"));
        Object where = json.get("where");
        if (where != null && !(where instanceof List<?>)) {
            throw DomainException.invalid("'where' must be a list of conditions.");
        }
        List<String> ids = new ArrayList<>();
        if (json.get("ids") instanceof List<?> list) {
            for (Object id : list) {
                if (!(id instanceof String text)) {
                    throw DomainException.invalid("'ids' must be an array of record ids.");
                }
                ids.add(text);
            }
        }
        return new MassSelection(caller, entity, ids, (List<?>) where, byWhere);
    }

    private static Map<String, Object> answer(int count) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("count", count);
        json.put("sync", true);
        json.put("errors", List.of());
        return json;
    }
}
