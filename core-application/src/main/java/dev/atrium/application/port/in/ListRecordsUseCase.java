package dev.atrium.application.port.in;

import dev.atrium.domain.query.RecordPage;

/** Lists live records of an entity, one page at a time. */
public interface ListRecordsUseCase {

    RecordPage list(ListRecordsQuery query);
}
