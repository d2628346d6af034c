package dev.atrium.application.port.in;

/** Links records to a record through one of its to-many links, or unlinks them. */
public interface LinkRecordsUseCase {

    void link(LinkRecordsCommand command);

    void unlink(LinkRecordsCommand command);
}
