package dev.atrium.domain.query;

import java.util.List;
import java.util.Objects;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.LinkRoute;

/**
 * A typed filter over one entity's records, as the list language's conditions are reduced to.
 * Attributes are stored attributes of the entity and values are already typed for their field.
 * Comparisons follow SQL: a comparison with a null value is unknown, and so is its negation.
 */
public sealed interface Condition {

    /** Every record. */
    Condition TRUE = new All(List.of());

    /** All of the parts hold; no parts means every record. */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }
    }

    /** At least one part holds; no parts means no record. */
    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }
    }

    record Not(Condition part) implements Condition {
        public Not {
            Objects.requireNonNull(part, "part");
        }
    }

    /** How a value compares with an attribute's value. */
    enum Operator { EQUALS, NOT_EQUALS, GREATER, GREATER_OR_EQUAL, LESS, LESS_OR_EQUAL }

    record Compare(String attribute, Operator operator, Object value) implements Condition {
        public Compare {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The attribute's value is one of the values (never holds for no values). */
    record In(String attribute, List<Object> values) implements Condition {
        public In {
            Objects.requireNonNull(attribute, "attribute");
            values = List.copyOf(values);
        }
    }

    /**
     * The attribute's text matches a LIKE pattern, ignoring case: {@code %} is any text, {@code _}
     * one character, and {@code \} makes the next character literal.
     */
    record Like(String attribute, String pattern) implements Condition {
        public Like {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(pattern, "pattern");
        }

        /** Escapes text so that it matches only itself inside a pattern. */
        public static String literal(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }

    record IsNull(String attribute) implements Condition {
        public IsNull {
            Objects.requireNonNull(attribute, "attribute");
        }
    }

    /**
     * The record is linked through its to-many {@code link}: a live row of the route's entity holds
     * its id in {@code ownKey} and one of {@code ids} in {@code otherKey} (any id when {@code ids} is null).
     */
    record Linked(String link, LinkRoute route, List<String> ids) implements Condition {
        public Linked {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(route, "route");
            ids = ids == null ? null : List.copyOf(ids);
        }
    }

    /**
     * Some live record of {@code entity} whose attribute {@code key} holds this record's id meets
     * {@code where} (a condition over {@code entity}): "a product with an attribute value of 12". Records
     * may be related through any such reference, not only through declared links.
     */
    record Related(EntityDefinition entity, String key, Condition where) implements Condition {
        public Related {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(where, "where");
            if (entity.fieldByAttribute(key).isEmpty()) {
                throw new IllegalArgumentException("not a stored attribute of " + entity.name() + ": " + key);
            }
        }

        @Override
        public String toString() {
            return "Related[entity=" + entity.name() + ", key=" + key + ", where=" + where + "]";
        }
    }

    /** A list-valued attribute (multiEnum, array) holds the value; never unknown, a null list holds nothing. */
    record ArrayContains(String attribute, String value) implements Condition {
        public ArrayContains {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A list-valued attribute is null or empty. */
    record ArrayEmpty(String attribute) implements Condition {
        public ArrayEmpty {
            Objects.requireNonNull(attribute, "attribute");
        }
    }

    static Condition all(List<Condition> parts) {
        return parts.size() == 1 ? parts.get(0) : new All(parts);
    }
}
