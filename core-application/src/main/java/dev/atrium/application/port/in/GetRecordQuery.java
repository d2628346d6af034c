package dev.atrium.application.port.in;

import java.util.Objects;

import dev.atrium.domain.security.Principal;

public record GetRecordQuery(Principal caller, String entity, String id) {

    public GetRecordQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
    }
}
