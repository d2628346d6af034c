package dev.atrium.adapter.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import dev.atrium.application.port.in.JobsUseCase;
import dev.atrium.domain.record.ValueConverter;

/** {@code GET /api/v1/Job/{id}}: a queued job's status, progress counts and, when done, its per-item results. */
@Path("api/v1/Job")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private final JobsUseCase jobs;

    public JobResource(JobsUseCase jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String id, @Context ContainerRequestContext request) {
        JobsUseCase.JobView job = jobs.get(Callers.of(request), id);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", job.id());
        json.put("type", job.type());
        json.put("status", job.status());
        json.put("total", job.total());
        json.put("processed", job.processed());
        json.put("succeeded", job.succeeded());
        json.put("failed", job.failed());
        json.put("createdAt", ValueConverter.DATETIME.format(job.createdAt()));
        json.put("finishedAt", job.finishedAt() == null ? null : ValueConverter.DATETIME.format(job.finishedAt()));
        if (job.results() != null) {
            json.put("results", job.results());
        }
        return json;
    }
}
