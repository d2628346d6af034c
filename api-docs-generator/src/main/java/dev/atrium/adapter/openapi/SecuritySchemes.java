package dev.atrium.adapter.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * How a client authenticates, as AtroCore's documents say it: HTTP Basic with the password on
 * {@code App/user} (the login), then the {@code Authorization-Token} header it answers.
 */
final class SecuritySchemes {

    static final String TOKEN = "AuthorizationToken";
    static final String BASIC = "BasicAuth";

    private SecuritySchemes() {
    }

    static void addTo(Components components) {
        components.addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("Authorization-Token")
                .description("The authorizationToken that GET /App/user answers: base64 of userName:token."));
        components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("userName:password on GET /App/user only (the login); userName:token everywhere."));
    }

    static SecurityRequirement token() {
        return new SecurityRequirement().addList(TOKEN);
    }

    static SecurityRequirement basic() {
        return new SecurityRequirement().addList(BASIC);
    }
}
