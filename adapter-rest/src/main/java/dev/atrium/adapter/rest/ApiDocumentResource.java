package dev.atrium.adapter.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import dev.atrium.application.port.in.AuthenticateUseCase;
import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.out.ApiDocumentFormat;
import dev.atrium.application.port.out.ApiDocumentFormat.Notation;
import dev.atrium.application.port.out.ApiDocumentFormat.Version;
import dev.atrium.application.port.out.ApiDocumentRenderer;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.security.AccessPolicy;

/**
 * {@code GET /openapi.json} and {@code /openapi.yaml}: the OpenAPI document of the catalog in force,
 * 3.0.3 or, with {@code ?version=3.1}, 3.1.0. Public: it describes routes, not data. With a token it
 * shows only what the token's user may reach; a bad token is a 401, as on every other route.
 */
@Path("openapi.{notation: json|yaml}")
public class ApiDocumentResource {

    private final GetCatalogUseCase catalogs;
    private final AuthenticateUseCase authenticate;
    private final RenderedDocuments documents;

    public ApiDocumentResource(GetCatalogUseCase catalogs, AuthenticateUseCase authenticate,
            ApiDocumentRenderer renderer) {
        this.catalogs = catalogs;
        this.authenticate = authenticate;
        this.documents = new RenderedDocuments(renderer);
    }

    @GET
    public Response document(@PathParam("notation") String notation, @QueryParam("version") String version,
            @Context UriInfo uri, @Context ContainerRequestContext request) {
        Notation chosen = "yaml".equals(notation) ? Notation.YAML : Notation.JSON;
        ApiDocumentFormat format = new ApiDocumentFormat(version(version), chosen);
        String text = documents.get(catalogs.currentCatalog(), access(request), format, apiRoot(uri));
        return Response.ok(text, chosen == Notation.YAML ? "application/yaml" : MediaType.APPLICATION_JSON).build();
    }

    /** Nothing in Atrium is admin-only, so a reader without credentials sees every route. */
    private AccessPolicy access(ContainerRequestContext request) {
        return Credentials.of(request)
                .map(credentials -> authenticate.accessOf(authenticate.authenticate(credentials.userName(),
                        credentials.secret())))
                .orElse(AccessPolicy.ADMIN);
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
