package dev.atrium.application.port.in;

import dev.atrium.domain.security.Principal;

/** Destroys a token, so that it authenticates nobody any more. */
public interface LogoutUseCase {

    /** A user may destroy their own tokens; an admin any token. */
    void destroyToken(Principal caller, String rawToken);
}
