package dev.atrium.domain.record;

import java.util.Set;

import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.SystemFields;

/**
 * The versions a write expects the record to hold ({@code If-Match}); any version when none are given.
 * A record written meanwhile holds another version, and the write is refused (412) instead of
 * overwriting what its client never saw.
 */
public record Precondition(Set<Long> versions) {

    public static final Precondition NONE = new Precondition(Set.of());

    public Precondition {
        versions = Set.copyOf(versions);
    }

    /** The version a record holds: 1 when created, one more on every write; rows older than versions hold 0. */
    public static long versionOf(Record record) {
        return record.get(SystemFields.ROW_VERSION) instanceof Number number ? number.longValue() : 0;
    }

    /** @throws DomainException (precondition failed) when the record holds none of the expected versions */
    public void check(Record record) {
        if (!versions.isEmpty() && !versions.contains(versionOf(record))) {
            throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, record.entity() + " '" + record.id()
                    + "' has changed since version " + versions.iterator().next() + ": it is at version "
                    + versionOf(record) + " now. Read it again.");
        }
    }

    /** The condition a record just written by this one write meets: each expected version, one more. */
    public Precondition afterOneWrite() {
        return new Precondition(Set.copyOf(versions.stream().map(version -> version + 1).toList()));
    }
}
