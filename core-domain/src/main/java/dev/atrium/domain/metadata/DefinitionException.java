package dev.atrium.domain.metadata;

/** An entity definition that cannot be accepted; the message names its source and the problem. */
public class DefinitionException extends RuntimeException {

    public DefinitionException(String source, String problem) {
        super(source + ": " + problem);
    }
}
