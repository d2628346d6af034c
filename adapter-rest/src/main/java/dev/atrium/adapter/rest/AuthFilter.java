package dev.atrium.adapter.rest;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import dev.atrium.application.port.in.AuthenticateUseCase;

/**
 * Authenticates every request before routing, so that nothing about the API shows without
 * credentials (an unknown entity is a 401 too). Open: {@code /health}, the OpenAPI document and
 * its UI, {@code /api/v1/I18n}, and the login route, which checks its own credentials.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthFilter implements ContainerRequestFilter {

    static final String LOGIN_PATH = "api/v1/App/user";
    private static final List<String> OPEN = List.of("health", "openapi", "apidocs");
    /** Matched ignoring case, as its resource is. */
    private static final String I18N_PATH = "api/v1/i18n";

    private final AuthenticateUseCase authenticate;

    public AuthFilter(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        path = path.startsWith("/") ? path.substring(1) : path;
        if (isOpen(path)) {
            return;
        }
        Optional<Credentials> credentials = Credentials.of(request);
        if (credentials.isEmpty()) {
            request.abortWith(challenge(request));
            return;
        }
        if (path.equalsIgnoreCase(LOGIN_PATH) && !credentials.get().looksLikeToken()) {
            return;
        }
        request.setProperty(Callers.PROPERTY, authenticate.authenticate(credentials.get().userName(),
                credentials.get().secret()));
    }

    private static boolean isOpen(String path) {
        if (path.equalsIgnoreCase(I18N_PATH)) {
            return true;
        }
        for (String open : OPEN) {
            if (path.equals(open) || path.startsWith(open + "/") || path.startsWith(open + ".")) {
                return true;
            }
        }
        return false;
    }

    /** AtroCore asks browsers for Basic credentials, except in its own XHR calls. */
    private static Response challenge(ContainerRequestContext request) {
        Response response = ErrorResponses.of(401, "Authentication required.", List.of());
        if ("XMLHttpRequest".equals(request.getHeaderString("X-Requested-With"))) {
            return response;
        }
        return Response.fromResponse(response).header("WWW-Authenticate", "Basic realm=\"\"").build();
    }
}
