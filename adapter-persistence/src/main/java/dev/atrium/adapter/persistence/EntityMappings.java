package dev.atrium.adapter.persistence;

import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.SystemFields;

/**
 * Generates Hibernate's {@code mapping.xml} (orm mapping 7.0) for the catalog: one class-less
 * (MAP-mode) entity per catalog entity, every stored attribute a basic attribute. Ids are
 * application-assigned strings and references are plain id columns, which avoids the id-generator
 * and many-to-one limits of class-less entities (see docs/adr).
 */
final class EntityMappings {

    private EntityMappings() {
    }

    static String xml(Catalog catalog) {
        StringBuilder xml = new StringBuilder(4096)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<entity-mappings xmlns=\"http://www.hibernate.org/xsd/orm/mapping\" version=\"7.0\">\n");
        for (EntityDefinition entity : catalog.entities()) {
            entity(xml, entity);
        }
        return xml.append("</entity-mappings>\n").toString();
    }

    private static void entity(StringBuilder xml, EntityDefinition entity) {
        xml.append("  <entity name=\"").append(entity.name()).append("\" metadata-complete=\"true\">\n")
                .append("    <table name=\"").append(entity.tableName()).append("\"/>\n")
                .append("    <attributes>\n");
        for (FieldDefinition field : entity.storedFields()) {
            String element = field.name().equals(SystemFields.ID) ? "id" : "basic";
            attribute(xml, element, field.attribute(), Columns.name(field), Columns.javaType(field));
        }
        attribute(xml, "basic", Columns.DELETED_KEY_ATTRIBUTE, Columns.DELETED_KEY_COLUMN, String.class);
        xml.append("    </attributes>\n  </entity>\n");
    }

    private static void attribute(StringBuilder xml, String element, String attribute, String column, Class<?> type) {
        xml.append("      <").append(element).append(" name=\"").append(attribute).append("\">")
                .append("<column name=\"").append(column).append("\"/>")
                .append("<target>").append(type.getName()).append("</target>")
                .append("</").append(element).append(">\n");
    }
}
