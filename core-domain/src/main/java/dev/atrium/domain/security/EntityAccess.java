package dev.atrium.domain.security;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a caller may do with one entity: create or not; read, edit and delete at a level; and per
 * field, read and edit. Fields a role does not mention are readable and editable.
 *
 * @param unreadable fields the caller may not read: left out of every output, refused in filters and sorts
 * @param uneditable fields the caller may not change: ignored on input
 */
public record EntityAccess(boolean create, AccessLevel read, AccessLevel edit, AccessLevel delete,
        Set<String> unreadable, Set<String> uneditable) {

    public static final EntityAccess FULL = new EntityAccess(true, AccessLevel.ALL, AccessLevel.ALL, AccessLevel.ALL,
            Set.of(), Set.of());
    public static final EntityAccess NONE = new EntityAccess(false, AccessLevel.NO, AccessLevel.NO, AccessLevel.NO,
            Set.of(), Set.of());

    public EntityAccess {
        unreadable = Set.copyOf(unreadable);
        uneditable = Set.copyOf(uneditable);
    }

    /** Whether any action is open: an entity that allows none is not shown to the caller at all. */
    public boolean reachesAnything() {
        return create || read != AccessLevel.NO || edit != AccessLevel.NO || delete != AccessLevel.NO;
    }

    /** Whether the field may be shown (the entity-level read is checked separately, per record). */
    public boolean canRead(String field) {
        return !unreadable.contains(field);
    }

    /** Whether the field may be written; a field one may not read may not be written either. */
    public boolean canEdit(String field) {
        return !uneditable.contains(field) && !unreadable.contains(field);
    }

    /** The most permissive union of two roles' access: a field is closed only if both close it. */
    public EntityAccess widest(EntityAccess other) {
        Set<String> unreadableByBoth = new HashSet<>(unreadable);
        unreadableByBoth.retainAll(other.unreadable);
        Set<String> uneditableByBoth = new HashSet<>(uneditable);
        uneditableByBoth.retainAll(other.uneditable);
        return new EntityAccess(create || other.create, read.widest(other.read), edit.widest(other.edit),
                delete.widest(other.delete), unreadableByBoth, uneditableByBoth);
    }

    /** As AtroCore's {@code acl.table} shows it. */
    public Map<String, Object> asTable() {
        Map<String, Object> table = new HashMap<>();
        table.put("create", create ? "yes" : "no");
        table.put("read", read.jsonName());
        table.put("edit", edit.jsonName());
        table.put("delete", delete.jsonName());
        return table;
    }
}
