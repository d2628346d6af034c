package dev.atrium.application.port.in;

import dev.atrium.domain.record.Record;

/** Creates a record of any entity from a client's attribute values. */
public interface CreateRecordUseCase {

    Record create(CreateRecordCommand command);
}
