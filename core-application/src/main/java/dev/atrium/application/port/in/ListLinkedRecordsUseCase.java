package dev.atrium.application.port.in;

import dev.atrium.domain.query.RecordPage;

/** Lists the records linked to one record through one of its links, with every list parameter. */
public interface ListLinkedRecordsUseCase {

    /**
     * @param list the list parameters; its entity is ignored, the link's entity is listed
     */
    RecordPage listLinked(String entity, String id, String link, ListRecordsQuery list);
}
