package dev.atrium.application.service;

import java.util.List;
import java.util.Map;

import dev.atrium.domain.DomainException;
import dev.atrium.domain.record.Record;

/** One record's write on its way through the {@link WritePipeline}, with what each step found. */
final class PendingWrite {

    final int position;
    /** The record as stored; null for a create. */
    final Record current;
    final WriteInput input;
    String id;
    /** A create's every value, or an update's changes; hooks may change them. */
    Map<String, Object> values;
    List<LinkWrites.Delta> deltas = List.of();
    DomainException failure;

    PendingWrite(int position, Record current, WriteInput input) {
        this.position = position;
        this.current = current;
        this.input = input;
    }

    boolean isCreate() {
        return current == null;
    }

    boolean failed() {
        return failure != null;
    }

    boolean changesLinks() {
        return deltas.stream().anyMatch(delta -> !delta.added().isEmpty() || !delta.removed().isEmpty());
    }

    /** Whether anything would be written: always for a create, for an update when a value or a link changes. */
    boolean writes() {
        return isCreate() || !values.isEmpty() || changesLinks();
    }

    /** The value the record holds after the write. */
    Object after(String attribute) {
        return values.containsKey(attribute) ? values.get(attribute) : current == null ? null : current.get(attribute);
    }

    void fail(DomainException why) {
        if (failure == null) {
            failure = why;
        }
    }
}
