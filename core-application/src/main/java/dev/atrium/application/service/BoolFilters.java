package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.List;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.security.Principal;

/**
 * AtroCore's named list filters ({@code boolFilterList[]=onlyActive}, or a {@code bool} where item), as
 * conditions on the fields that an entity's scopes give it. A name the entity cannot answer is refused.
 */
final class BoolFilters {

    private static final String IS_ACTIVE = "isActive";
    private static final String OWNER = "ownerUserId";
    private static final String ASSIGNED = "assignedUserId";

    private BoolFilters() {
    }

    /** @throws IllegalArgumentException saying why, when the entity has no such filter */
    static Condition of(EntityDefinition entity, Principal caller, String name) {
        return switch (name) {
            case "onlyActive" -> new Condition.Compare(active(entity), Condition.Operator.EQUALS, true);
            case "notActive" -> new Condition.Any(List.of(
                    new Condition.Compare(active(entity), Condition.Operator.EQUALS, false),
                    new Condition.IsNull(IS_ACTIVE)));
            case "ownedByMe" -> mine(require(entity, OWNER, "it has no owner"), caller);
            case "onlyMy" -> onlyMy(entity, caller);
            default -> throw new IllegalArgumentException("the filters are onlyActive, notActive, onlyMy and ownedByMe");
        };
    }

    /** Owned by or assigned to the caller; created by them where the entity has neither, as role scopes read 'own'. */
    private static Condition onlyMy(EntityDefinition entity, Principal caller) {
        List<Condition> mine = new ArrayList<>();
        for (String attribute : List.of(OWNER, ASSIGNED)) {
            if (entity.fieldByAttribute(attribute).isPresent()) {
                mine.add(mine(attribute, caller));
            }
        }
        return mine.isEmpty() ? mine(SystemFields.CREATED_BY_ID, caller) : new Condition.Any(mine);
    }

    private static String active(EntityDefinition entity) {
        boolean flag = entity.fieldByAttribute(IS_ACTIVE).filter(field -> field.type() == FieldType.BOOL).isPresent();
        if (!flag) {
            throw new IllegalArgumentException("it has no isActive field");
        }
        return IS_ACTIVE;
    }

    private static String require(EntityDefinition entity, String attribute, String problem) {
        if (entity.fieldByAttribute(attribute).isEmpty()) {
            throw new IllegalArgumentException(problem);
        }
        return attribute;
    }

    private static Condition mine(String attribute, Principal caller) {
        return new Condition.Compare(attribute, Condition.Operator.EQUALS, caller.userId());
    }
}
