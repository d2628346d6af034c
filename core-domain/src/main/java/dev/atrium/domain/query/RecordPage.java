package dev.atrium.domain.query;

import java.util.List;

import dev.atrium.domain.record.Record;

/** One page of a list and the number of records that match in all. */
public record RecordPage(long total, List<Record> list) {

    public RecordPage {
        list = List.copyOf(list);
    }
}
