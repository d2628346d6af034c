package dev.atrium.domain.query;

import java.util.List;

import dev.atrium.domain.record.Record;

/**
 * One page of a list.
 *
 * @param total how many records match in all, or null when the count was not asked for
 * @param next the token that continues after this page (keyset paging), or null when it was the last
 */
public record RecordPage(Long total, List<Record> list, String next) {

    public RecordPage {
        list = List.copyOf(list);
    }
}
