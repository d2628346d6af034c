package dev.atrium.domain.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;

/**
 * AtroCore's edit-conflict check. A client sends with an update the values it last saw
 * ({@code "_prev": {...}}); a field the update sets whose stored value no longer matches what the
 * client saw was changed by someone else meanwhile, and the update must not overwrite it blindly.
 * {@code "_skipCheckForConflicts": true} turns the check off.
 */
public final class Prev {

    public static final String KEY = "_prev";
    public static final String SKIP_KEY = "_skipCheckForConflicts";

    private Prev() {
    }

    /**
     * The values last seen of the attributes the body sets, by the body's own key; empty when the body
     * carries no {@code _prev} or skips the check.
     *
     * @throws ValidationException when {@code _prev} is not an object
     */
    public static Map<String, Object> seen(Map<String, ?> body) {
        Object prev = body.get(KEY);
        if (prev == null || Boolean.TRUE.equals(body.get(SKIP_KEY))) {
            return Map.of();
        }
        if (!(prev instanceof Map<?, ?> map)) {
            throw ValidationException.of(KEY, "type", "'" + KEY + "' must be an object of the values last seen.");
        }
        Map<String, Object> seen = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key instanceof String name && body.containsKey(name) && !RecordInput.CONTROL_KEYS.contains(name)) {
                seen.put(name, value);
            }
        });
        return seen;
    }

    /**
     * The keys of {@code seen} whose stored value differs from what the client saw, in the client's spelling;
     * an empty text and no value count as the same (clients show both as empty).
     */
    public static List<String> conflicts(EntityDefinition entity, Map<String, Object> seen, Record current) {
        List<String> changed = new ArrayList<>();
        seen.forEach((key, value) -> {
            String attribute = entity.canonical(key);
            Optional<FieldDefinition> field = entity.fieldByAttribute(attribute);
            if (field.isEmpty() || field.get().system()) {
                return;
            }
            List<FieldError> unreadable = new ArrayList<>();
            Object typed = ValueConverter.convert(field.get(), key, value, unreadable::add);
            Object stored = current.get(attribute);
            boolean bothEmpty = ValueConverter.isEmpty(typed) && ValueConverter.isEmpty(stored);
            if (!unreadable.isEmpty() || !bothEmpty && !Objects.equals(typed, stored)) {
                changed.add(key);
            }
        });
        return changed;
    }
}
