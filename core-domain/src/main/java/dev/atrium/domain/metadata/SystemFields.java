package dev.atrium.domain.metadata;

import java.util.List;
import java.util.Set;

/** The fields every entity gets from the platform, and those that Base-like entities get by default. */
public final class SystemFields {

    public static final String ID = "id";
    public static final String DELETED = "deleted";
    public static final String CREATED_AT = "createdAt";
    public static final String MODIFIED_AT = "modifiedAt";
    public static final String CREATED_BY_ID = "createdById";
    public static final String MODIFIED_BY_ID = "modifiedById";
    public static final String NAME = "name";
    public static final String DESCRIPTION = "description";
    /**
     * A record's version: 1 when created, one more on every write of it, whatever the path. Never shown
     * as a field: the API gives it as the {@code ETag} of a single record.
     */
    public static final String ROW_VERSION = "rowVersion";

    /** Longest id accepted; ids are UUIDs when the platform makes them, any safe string when a client does. */
    public static final int ID_MAX_LENGTH = 64;

    private static final Set<String> RESERVED = Set.of(ID, DELETED, CREATED_AT, MODIFIED_AT, CREATED_BY_ID,
            MODIFIED_BY_ID, "createdBy", "modifiedBy", "deletedKey", ROW_VERSION);

    private SystemFields() {
    }

    /** Whether a module may not define a field of this name, because the platform owns it. */
    public static boolean isReserved(String fieldName) {
        return RESERVED.contains(fieldName);
    }

    /** Whether an attribute is the platform's own bookkeeping, kept out of every record's JSON and schema. */
    public static boolean isHidden(String attribute) {
        return ROW_VERSION.equals(attribute);
    }

    /** The fields the platform adds to every entity, in output order (id first, audit fields last). */
    static List<FieldDefinition> leading() {
        return List.of(FieldDefinition.builder(ID, FieldType.VARCHAR).maxLength(ID_MAX_LENGTH)
                .readOnly(true).system(true).build());
    }

    static List<FieldDefinition> trailing() {
        return List.of(
                FieldDefinition.builder(DELETED, FieldType.BOOL).readOnly(true).system(true).defaultValue(false).build(),
                FieldDefinition.builder(CREATED_AT, FieldType.DATETIME).readOnly(true).system(true).build(),
                FieldDefinition.builder(MODIFIED_AT, FieldType.DATETIME).readOnly(true).system(true).build(),
                FieldDefinition.builder(CREATED_BY_ID, FieldType.VARCHAR).maxLength(ID_MAX_LENGTH)
                        .readOnly(true).system(true).build(),
                FieldDefinition.builder(MODIFIED_BY_ID, FieldType.VARCHAR).maxLength(ID_MAX_LENGTH)
                        .readOnly(true).system(true).build(),
                FieldDefinition.builder(ROW_VERSION, FieldType.INT).readOnly(true).system(true).build());
    }

    static FieldDefinition defaultName() {
        return FieldDefinition.builder(NAME, FieldType.VARCHAR).build();
    }

    static FieldDefinition defaultDescription() {
        return FieldDefinition.builder(DESCRIPTION, FieldType.TEXT).build();
    }
}
