package dev.atrium.application.port.in;

import java.util.Objects;

public record GetRecordQuery(String entity, String id) {

    public GetRecordQuery {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
    }
}
