package dev.atrium.module.pim;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import dev.atrium.application.spi.RecordHook;
import dev.atrium.application.spi.RecordWrite;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValidationException;

/** A category's parent chain never comes back to the category itself. */
final class CategoryTree implements RecordHook {

    static final String PARENT_ID = "parentId";

    @Override
    public void beforeWrite(RecordWrite write) {
        if (!write.values().containsKey(PARENT_ID)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        String ancestor = (String) write.values().get(PARENT_ID);
        while (ancestor != null && seen.add(ancestor)) {
            if (ancestor.equals(write.id())) {
                throw ValidationException.of(PARENT_ID, "cycle", "A category cannot be its own ancestor: '"
                        + write.id() + "' is already above '" + write.values().get(PARENT_ID) + "'.");
            }
            Optional<Record> parent = write.find(write.entity(), ancestor);
            ancestor = parent.map(record -> (String) record.get(PARENT_ID)).orElse(null);
        }
    }
}
