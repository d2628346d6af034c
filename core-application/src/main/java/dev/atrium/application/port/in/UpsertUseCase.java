package dev.atrium.application.port.in;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.Principal;

/**
 * Creates or updates many records of any entities in one call, each item matched by id, then by
 * the entity's unique fields, then by a unique index; every item gets its own result.
 */
public interface UpsertUseCase {

    /**
     * @param dryRun validate and match only; nothing is written
     * @return one result per item, in the items' order
     */
    List<Result> upsert(Principal caller, List<Item> items, boolean dryRun);

    /**
     * One item as the client sent it.
     *
     * @param problem set when the item itself is malformed (no entity, no payload): it fails with this message
     */
    record Item(String entity, Map<String, Object> payload, String problem) {

        public static Item malformed(String problem) {
            return new Item(null, null, Objects.requireNonNull(problem));
        }
    }

    /** What happened to an item, in AtroCore's words. */
    enum Status { Created, Updated, NotModified, Failed }

    /**
     * @param record the stored record (Created, Updated), else null
     * @param message why it failed, else null
     * @param stored whether the item is in the database now (false for a dry run and for failures)
     * @param ignored the payload's keys that name nothing of the entity, and were ignored
     */
    record Result(Status status, boolean stored, Record record, String message, List<String> ignored) {

        public Result {
            ignored = ignored == null ? List.of() : List.copyOf(ignored);
        }

        public Result(Status status, boolean stored, Record record, String message) {
            this(status, stored, record, message, List.of());
        }

        public static Result failed(String message) {
            return new Result(Status.Failed, false, null, message);
        }

        /** The same result, naming the keys that were ignored. */
        public Result ignoring(List<String> keys) {
            return keys.isEmpty() ? this : new Result(status, stored, record, message, keys);
        }
    }
}
