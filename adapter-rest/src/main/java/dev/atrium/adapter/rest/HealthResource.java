package dev.atrium.adapter.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.atrium.application.port.in.CheckHealthUseCase;

/** {@code GET /health}: 200 {@code {"status":"UP"}} when the node can serve, else 503 with the reason. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final CheckHealthUseCase health;

    public HealthResource(CheckHealthUseCase health) {
        this.health = health;
    }

    @GET
    public Response health() {
        CheckHealthUseCase.Health state = health.check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", state.up() ? "UP" : "DOWN");
        if (!state.up()) {
            body.put("reason", state.detail());
        }
        return Response.status(state.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
    }
}
