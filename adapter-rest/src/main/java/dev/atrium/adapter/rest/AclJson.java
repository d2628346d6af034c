package dev.atrium.adapter.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import dev.atrium.domain.security.AccessPolicy;
import dev.atrium.domain.security.EntityAccess;

/**
 * A caller's merged access as AtroCore's {@code acl} shows it: {@code table} per entity (create, read,
 * edit, delete) and {@code fieldTable} per entity and field ({@code read}/{@code edit}: yes or no)
 * for the fields a role closes. An admin's is {@code {"isAdmin": true}}.
 */
final class AclJson {

    private AclJson() {
    }

    static Map<String, Object> of(AccessPolicy policy) {
        Map<String, Object> acl = new LinkedHashMap<>();
        if (policy.admin()) {
            acl.put("isAdmin", true);
            return acl;
        }
        Map<String, Object> table = new TreeMap<>();
        Map<String, Object> fieldTable = new TreeMap<>();
        policy.entities().forEach((entity, access) -> {
            table.put(entity, access.asTable());
            Map<String, Object> fields = fields(access);
            if (!fields.isEmpty()) {
                fieldTable.put(entity, fields);
            }
        });
        acl.put("isAdmin", false);
        acl.put("table", table);
        acl.put("fieldTable", fieldTable);
        return acl;
    }

    private static Map<String, Object> fields(EntityAccess access) {
        Map<String, Object> fields = new TreeMap<>();
        access.unreadable().forEach(field -> fields.put(field, Map.of("read", "no", "edit", "no")));
        access.uneditable().forEach(field -> fields.putIfAbsent(field, Map.of("read", "yes", "edit", "no")));
        return fields;
    }
}
