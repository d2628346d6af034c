package dev.atrium.application.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.atrium.domain.query.Condition;
import dev.atrium.domain.record.Record;

/** A create or update on its way to the database, as a {@link RecordHook} sees it. */
public interface RecordWrite {

    String entity();

    /** The record's id (a create's new id too): every write, a mass update's included, is of one record. */
    String id();

    boolean isCreate();

    /** The record as stored before this write; empty for a create. */
    Optional<Record> current();

    /** The typed values this write sets (all of them for a create, the changes for an update); a hook may change them. */
    Map<String, Object> values();

    /** The value the record will hold after the write: the new one if set, else the current one. */
    default Object after(String attribute) {
        return values().containsKey(attribute) ? values().get(attribute)
                : current().map(record -> record.get(attribute)).orElse(null);
    }

    /**
     * The ids this write links to its record through a to-many link ({@code parents}), from any route
     * (create, update, upsert, mass update, the link route); empty when it links none there.
     */
    default Set<String> linked(String link) {
        return Set.of();
    }

    /** Reads other live records, for rules that look beyond the one record. */
    Optional<Record> find(String entity, String id);

    /** Live records of an entity that match the condition, at most {@code max} of them. */
    List<Record> list(String entity, Condition where, int max);
}
