package dev.atrium.adapter.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.out.ApiDocumentFormat;
import dev.atrium.application.port.out.ApiDocumentFormat.Notation;
import dev.atrium.application.port.out.ApiDocumentFormat.Version;
import dev.atrium.application.port.out.ApiDocumentRenderer;
import dev.atrium.domain.DomainException;

/**
 * {@code GET /openapi.json} and {@code /openapi.yaml}: the OpenAPI document of the catalog in force,
 * 3.0.3 or, with {@code ?version=3.1}, 3.1.0. Public: it describes routes, not data.
 */
@Path("openapi.{notation: json|yaml}")
public class ApiDocumentResource {

    private final GetCatalogUseCase catalogs;
    private final RenderedDocuments documents;

    public ApiDocumentResource(GetCatalogUseCase catalogs, ApiDocumentRenderer renderer) {
        this.catalogs = catalogs;
        this.documents = new RenderedDocuments(renderer);
    }

    @GET
    public Response document(@PathParam("notation") String notation, @QueryParam("version") String version,
            @Context UriInfo uri) {
        Notation chosen = "yaml".equals(notation) ? Notation.YAML : Notation.JSON;
        String text = documents.get(catalogs.currentCatalog(), new ApiDocumentFormat(version(version), chosen),
                apiRoot(uri));
        return Response.ok(text, chosen == Notation.YAML ? "application/yaml" : MediaType.APPLICATION_JSON).build();
    }

    private static Version version(String value) {
        if (value == null || value.isBlank() || value.equals("3.0") || value.equals("3.0.3")) {
            return Version.OPENAPI_3_0;
        }
        if (value.equals("3.1") || value.equals("3.1.0")) {
            return Version.OPENAPI_3_1;
        }
        throw DomainException.invalid("'version' must be 3.0 or 3.1.");
    }

    /** {@code /api/v1} under the application's context path, so that calls from Swagger UI reach the API. */
    private static String apiRoot(UriInfo uri) {
        String base = uri.getBaseUri().getRawPath();
        return (base.endsWith("/") ? base : base + "/") + "api/v1";
    }
}
