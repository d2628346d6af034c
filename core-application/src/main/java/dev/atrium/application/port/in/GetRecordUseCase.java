package dev.atrium.application.port.in;

import dev.atrium.domain.record.Record;

/** Reads one live record by id. */
public interface GetRecordUseCase {

    Record get(GetRecordQuery query);
}
