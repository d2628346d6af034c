package dev.atrium.application.port.in;

import dev.atrium.domain.security.AccessPolicy;
import dev.atrium.domain.security.Principal;

/** Turns a token into the caller it belongs to, or refuses it. */
public interface AuthenticateUseCase {

    /**
     * @param userName the user the client names with the token, or null when the token comes alone
     * @throws dev.atrium.domain.DomainException of kind UNAUTHENTICATED for an unknown, destroyed,
     *     expired or idle token, or an inactive user
     */
    Principal authenticate(String userName, String rawToken);

    /** What the caller may do, merged from their roles. */
    AccessPolicy accessOf(Principal principal);
}
