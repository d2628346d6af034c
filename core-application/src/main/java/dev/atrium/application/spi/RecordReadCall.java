package dev.atrium.application.spi;

import java.util.List;

import dev.atrium.application.port.in.ListRecordsUseCase;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.Principal;

/** One answer's records on their way out, as a {@link RecordReadExtension} sees them. */
public interface RecordReadCall {

    Principal caller();

    /** The entity as the catalog spells it. */
    String entity();

    /** The records answered, as the caller may see them. */
    List<Record> records();

    /** A query parameter of the request (the first value), or null when it is absent. */
    String parameter(String name);

    /** Lists records as the caller, with their access. */
    ListRecordsUseCase lists();
}
