package dev.atrium.domain.metadata;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The logical field types an entity definition may use, named as in AtroCore's entityDefs. */
public enum FieldType {
    VARCHAR("varchar", Storage.STRING),
    TEXT("text", Storage.TEXT),
    BOOL("bool", Storage.BOOLEAN),
    INT("int", Storage.LONG),
    FLOAT("float", Storage.DOUBLE),
    ENUM("enum", Storage.STRING),
    MULTI_ENUM("multiEnum", Storage.JSON),
    ARRAY("array", Storage.JSON),
    DATE("date", Storage.DATE),
    DATETIME("datetime", Storage.DATETIME),
    EMAIL("email", Storage.STRING),
    URL("url", Storage.STRING),
    JSON_OBJECT("jsonObject", Storage.JSON),
    LINK("link", Storage.STRING),
    /** Write-only: stored as a one-way hash, never read back, filtered or sorted by. */
    PASSWORD("password", Storage.STRING),
    LINK_MULTIPLE("linkMultiple", Storage.NONE);

    /** How a value of the type is kept in one column; {@code NONE} when it lives elsewhere. */
    public enum Storage { STRING, TEXT, BOOLEAN, LONG, DOUBLE, DATE, DATETIME, JSON, NONE }

    private static final Map<String, FieldType> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(t -> t.jsonName, Function.identity()));

    private final String jsonName;
    private final Storage storage;

    FieldType(String jsonName, Storage storage) {
        this.jsonName = jsonName;
        this.storage = storage;
    }

    public String jsonName() {
        return jsonName;
    }

    public Storage storage() {
        return storage;
    }

    /** Whether a value of this type is a string that {@code maxLength} and {@code pattern} apply to. */
    public boolean isBoundedString() {
        return storage == Storage.STRING && this != LINK;
    }

    public static Optional<FieldType> fromJsonName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
