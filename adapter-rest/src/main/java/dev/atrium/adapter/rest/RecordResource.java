package dev.atrium.adapter.rest;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
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

import dev.atrium.application.port.in.CreateRecordCommand;
import dev.atrium.application.port.in.CreateRecordUseCase;
import dev.atrium.application.port.in.DeleteRecordCommand;
import dev.atrium.application.port.in.DeleteRecordUseCase;
import dev.atrium.application.port.in.ExtendRecordsUseCase;
import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.in.GetRecordQuery;
import dev.atrium.application.port.in.GetRecordUseCase;
import dev.atrium.application.port.in.ListRecordsQuery;
import dev.atrium.application.port.in.ListRecordsUseCase;
import dev.atrium.application.port.in.UpdateRecordCommand;
import dev.atrium.application.port.in.UpdateRecordResult;
import dev.atrium.application.port.in.UpdateRecordUseCase;
import dev.atrium.domain.query.RecordPage;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.Principal;

/** The generic record routes of every entity: {@code /api/v1/{entity}[/{id}]}. */
@Path("api/v1/{entity}")
@Produces(MediaType.APPLICATION_JSON)
public class RecordResource {

    private final CreateRecordUseCase create;
    private final GetRecordUseCase get;
    private final UpdateRecordUseCase update;
    private final DeleteRecordUseCase delete;
    private final ListRecordsUseCase list;
    private final GetCatalogUseCase catalogs;
    private final Languages languages;
    private final ExtendRecordsUseCase extensions;

    public RecordResource(CreateRecordUseCase create, GetRecordUseCase get, UpdateRecordUseCase update,
            DeleteRecordUseCase delete, ListRecordsUseCase list, GetCatalogUseCase catalogs,
            ExtendRecordsUseCase extensions) {
        this.create = create;
        this.get = get;
        this.update = update;
        this.delete = delete;
        this.list = list;
        this.catalogs = catalogs;
        this.languages = new Languages(catalogs);
        this.extensions = extensions;
    }

    @GET
    public Map<String, Object> list(@PathParam("entity") String entity, @Context UriInfo uri,
            @Context ContainerRequestContext request, @HeaderParam("language") String language) {
        ListRecordsQuery query = ListParameters.read(Callers.of(request), entity, uri.getQueryParameters());
        RecordPage page = list.list(query);
        Map<String, Map<String, Object>> extra = extensions.extend(query.caller(), entity, page.list(),
                firstValues(uri));
        return ListParameters.answer(query, page, languages.of(language), extra);
    }

    @POST
    public Response create(@PathParam("entity") String entity, InputStream body, @Context ContainerRequestContext request) {
        Map<String, Object> attributes = Json.readObject(body);
        Record created = create.create(new CreateRecordCommand(Callers.of(request), entity, attributes));
        return RecordVersions.withIgnored(RecordVersions.tagged(Response.ok(RecordJson.of(created)), created), catalogs,
                entity, attributes).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("entity") String entity, @PathParam("id") String id, @Context UriInfo uri,
            @Context ContainerRequestContext request, @HeaderParam("language") String language) {
        Principal caller = Callers.of(request);
        Record record = get.get(new GetRecordQuery(caller, entity, id));
        Map<String, Object> extra = extensions.extend(caller, entity, List.of(record), firstValues(uri))
                .getOrDefault(record.id(), Map.of());
        return RecordVersions.tagged(Response.ok(RecordJson.of(languages.of(language).apply(record), extra)), record)
                .build();
    }

    private static Map<String, String> firstValues(UriInfo uri) {
        Map<String, String> first = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> first.put(name, values.isEmpty() ? null : values.get(0)));
        return first;
    }

    @PUT
    @Path("{id}")
    public Response put(@PathParam("entity") String entity, @PathParam("id") String id, InputStream body,
            @HeaderParam("If-Match") String ifMatch, @Context ContainerRequestContext request) {
        return update(Callers.of(request), entity, id, body, ifMatch);
    }

    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("entity") String entity, @PathParam("id") String id, InputStream body,
            @HeaderParam("If-Match") String ifMatch, @Context ContainerRequestContext request) {
        return update(Callers.of(request), entity, id, body, ifMatch);
    }

    @DELETE
    @Path("{id}")
    public boolean delete(@PathParam("entity") String entity, @PathParam("id") String id,
            @HeaderParam("Permanently") String permanently, @HeaderParam("If-Match") String ifMatch,
            @Context ContainerRequestContext request) {
        delete.delete(new DeleteRecordCommand(Callers.of(request), entity, id, "true".equalsIgnoreCase(permanently),
                RecordVersions.ifMatch(ifMatch)));
        return true;
    }

    /** AtroCore answers an update that changes nothing with 304 and an empty body. */
    private Response update(Principal caller, String entity, String id, InputStream body, String ifMatch) {
        Map<String, Object> attributes = Json.readObject(body);
        UpdateRecordResult result = update.update(new UpdateRecordCommand(caller, entity, id, attributes,
                RecordVersions.ifMatch(ifMatch)));
        Response.ResponseBuilder answer = result.changed() ? Response.ok(RecordJson.of(result.record()))
                : Response.notModified();
        return RecordVersions.withIgnored(RecordVersions.tagged(answer, result.record()), catalogs, entity, attributes)
                .build();
    }

}
