package dev.atrium.application.port.in;

/** Tells whether this node can serve: the database answers and the schema matches the catalog. */
public interface CheckHealthUseCase {

    Health check();

    /** The node's state and, when it is down, why. */
    record Health(boolean up, String detail) {
    }
}
