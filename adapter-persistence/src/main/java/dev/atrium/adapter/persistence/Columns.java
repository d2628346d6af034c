package dev.atrium.adapter.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Types;
import java.util.HexFormat;

import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.Naming;
import dev.atrium.domain.metadata.SystemFields;

/** Column names and types of stored attributes, shared by the migrations and the mappings. */
final class Columns {

    /** Hidden column: '' while the record is live, its id once soft-deleted; unique keys include it. */
    static final String DELETED_KEY_ATTRIBUTE = "deletedKey";
    static final String DELETED_KEY_COLUMN = "deleted_key";
    static final String ROW_VERSION_COLUMN = name(SystemFields.ROW_VERSION);

    /** Longest string kept in a VARCHAR column; longer limits use a CLOB so rows stay within MariaDB's row size. */
    static final int MAX_VARCHAR = 4000;

    /** PostgreSQL's identifier limit; longer names are shortened with a hash. */
    private static final int MAX_IDENTIFIER = 63;

    private Columns() {
    }

    /** A constraint or index name no database refuses for its length. */
    static String identifier(String name) {
        if (name.length() <= MAX_IDENTIFIER) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return name.substring(0, MAX_IDENTIFIER - 9) + "_" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String name(FieldDefinition field) {
        return Naming.toSnakeCase(field.attribute());
    }

    static String name(String attribute) {
        return Naming.toSnakeCase(attribute);
    }

    /** The Liquibase type of the field's column; Liquibase maps it to each database's own type. */
    static String sqlType(FieldDefinition field) {
        return switch (field.type().storage()) {
            case STRING -> {
                int length = field.columnLength() != null ? field.columnLength()
                        : field.maxLength() == null ? FieldDefinition.DEFAULT_MAX_LENGTH : field.maxLength();
                yield length <= MAX_VARCHAR ? "VARCHAR(" + length + ")" : "CLOB";
            }
            case TEXT, JSON -> "CLOB";
            case BOOLEAN -> "BOOLEAN";
            case LONG -> "BIGINT";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
            case DATETIME -> "DATETIME";
            case NONE -> throw new IllegalArgumentException("field " + field.name() + " has no column");
        };
    }

    /** The {@link java.sql.Types} a null of the field is bound as. */
    static int jdbcType(FieldDefinition field) {
        return switch (field.type().storage()) {
            case STRING, TEXT, JSON -> Types.VARCHAR;
            case BOOLEAN -> Types.BOOLEAN;
            case LONG -> Types.BIGINT;
            case DOUBLE -> Types.DOUBLE;
            case DATE -> Types.DATE;
            case DATETIME -> Types.TIMESTAMP;
            case NONE -> throw new IllegalArgumentException("field " + field.name() + " has no column");
        };
    }

    /** The Java type Hibernate reads and writes for the field; JSON values travel as text. */
    static Class<?> javaType(FieldDefinition field) {
        return switch (field.type().storage()) {
            case STRING, TEXT, JSON -> String.class;
            case BOOLEAN -> Boolean.class;
            case LONG -> Long.class;
            case DOUBLE -> Double.class;
            case DATE -> java.time.LocalDate.class;
            case DATETIME -> java.time.LocalDateTime.class;
            case NONE -> throw new IllegalArgumentException("field " + field.name() + " has no column");
        };
    }
}
