package dev.atrium.application.port.out;

import java.util.Objects;

/** The OpenAPI version and the notation of a rendered API document. */
public record ApiDocumentFormat(Version version, Notation notation) {

    /** The OpenAPI versions Atrium writes: 3.0.3 for the widest tool support, 3.1.0 for JSON Schema 2020-12. */
    public enum Version { OPENAPI_3_0, OPENAPI_3_1 }

    public enum Notation { JSON, YAML }

    public ApiDocumentFormat {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(notation, "notation");
    }
}
