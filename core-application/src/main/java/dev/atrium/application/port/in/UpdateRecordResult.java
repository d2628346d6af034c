package dev.atrium.application.port.in;

import dev.atrium.domain.record.Record;

/**
 * @param changed false when every given value equalled the stored one, so nothing was written
 */
public record UpdateRecordResult(Record record, boolean changed) {
}
