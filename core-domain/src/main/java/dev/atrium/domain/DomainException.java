package dev.atrium.domain;

/**
 * A failure the caller caused or must know about; {@link #kind()} tells an adapter how to answer it
 * (the REST adapter maps it to an HTTP status).
 */
public class DomainException extends RuntimeException {

    /** What went wrong, independent of any protocol. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, UNAUTHENTICATED, TOO_LARGE, PRECONDITION_FAILED }

    private final Kind kind;

    public DomainException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public DomainException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static DomainException invalid(String message) {
        return new DomainException(Kind.INVALID, message);
    }

    public static DomainException notFound(String message) {
        return new DomainException(Kind.NOT_FOUND, message);
    }
}
