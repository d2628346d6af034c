package dev.atrium.adapter.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import dev.atrium.application.port.in.AuthenticateUseCase;
import dev.atrium.application.port.in.GetRecordQuery;
import dev.atrium.application.port.in.GetRecordUseCase;
import dev.atrium.application.port.in.LoginUseCase;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.AccessPolicy;
import dev.atrium.domain.security.Principal;

/**
 * Login and logout as AtroCore clients do them: {@code GET /api/v1/App/user} with Basic
 * {@code userName:password} answers the user, their access and a new token; with a token it answers
 * the same for the token's user.
 */
@Path("api/v1/App")
@Produces(MediaType.APPLICATION_JSON)
public class AppResource {

    private final LoginUseCase login;
    private final AuthenticateUseCase authenticate;
    private final GetRecordUseCase records;

    public AppResource(LoginUseCase login, AuthenticateUseCase authenticate, GetRecordUseCase records) {
        this.login = login;
        this.authenticate = authenticate;
        this.records = records;
    }

    @GET
    @Path("user")
    public Map<String, Object> user(@Context ContainerRequestContext request, @Context HttpServletRequest servlet,
            @HeaderParam("Authorization-Token-Only") String tokenOnly,
            @HeaderParam("Authorization-Token-Lifetime") String lifetime,
            @HeaderParam("Authorization-Token-Idletime") String idleTime) {
        Record user;
        String rawToken;
        AccessPolicy access;
        if (request.getProperty(Callers.PROPERTY) instanceof Principal caller) {
            user = records.get(new GetRecordQuery(Principal.SYSTEM, "User", caller.userId()));
            rawToken = Credentials.of(request).map(Credentials::secret).orElseThrow();
            access = authenticate.accessOf(caller);
        } else {
            Credentials credentials = Credentials.of(request)
                    .orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHENTICATED, "Authentication required."));
            LoginUseCase.LoginResult result = login.login(new LoginUseCase.LoginCommand(credentials.userName(),
                    credentials.secret(), servlet == null ? null : servlet.getRemoteAddr(),
                    hours("Authorization-Token-Lifetime", lifetime), hours("Authorization-Token-Idletime", idleTime)));
            user = result.user();
            rawToken = result.rawToken();
            access = result.access();
        }
        String authorizationToken = Base64.getEncoder().encodeToString(
                (user.get("userName") + ":" + rawToken).getBytes(StandardCharsets.UTF_8));
        Map<String, Object> json = new LinkedHashMap<>();
        if ("true".equalsIgnoreCase(tokenOnly)) {
            json.put("authorizationToken", authorizationToken);
            return json;
        }
        json.put("user", RecordJson.of(user));
        json.put("acl", AclJson.of(access));
        json.put("preferences", Map.of());
        json.put("token", rawToken);
        json.put("settings", Map.of());
        json.put("appParams", Map.of());
        json.put("authorizationToken", authorizationToken);
        return json;
    }

    private static Integer hours(String header, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int hours = Integer.parseInt(value.trim());
            if (hours >= 0) {
                return hours;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw DomainException.invalid("'" + header + "' must be a whole number of hours, 0 for no limit.");
    }
}
