package dev.atrium.adapter.persistence;

import org.hibernate.boot.jaxb.Origin;
import org.hibernate.boot.jaxb.SourceType;
import org.hibernate.boot.jaxb.mapping.spi.JaxbAttributesContainerImpl;
import org.hibernate.boot.jaxb.mapping.spi.JaxbBasicImpl;
import org.hibernate.boot.jaxb.mapping.spi.JaxbColumnImpl;
import org.hibernate.boot.jaxb.mapping.spi.JaxbEntityImpl;
import org.hibernate.boot.jaxb.mapping.spi.JaxbEntityMappingsImpl;
import org.hibernate.boot.jaxb.mapping.spi.JaxbIdImpl;
import org.hibernate.boot.jaxb.mapping.spi.JaxbTableImpl;
import org.hibernate.boot.jaxb.spi.Binding;

import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.SystemFields;

/**
 * Builds Hibernate's {@code mapping.xml} model (orm mapping 7.0, the SPI objects that parsing the
 * XML would produce) for the catalog: one class-less (MAP-mode) entity per catalog entity, every
 * stored attribute a basic attribute. Building the objects directly skips the XML parser and JAXB,
 * which cost most of a second on every SessionFactory build. Ids are application-assigned strings
 * and references plain id columns, which avoids the id-generator and many-to-one limits of
 * class-less entities (ADR 2).
 */
final class EntityMappings {

    private EntityMappings() {
    }

    static Binding<JaxbEntityMappingsImpl> of(Catalog catalog) {
        JaxbEntityMappingsImpl mappings = new JaxbEntityMappingsImpl();
        mappings.setVersion("7.0");
        for (EntityDefinition entity : catalog.entities()) {
            mappings.getEntities().add(entity(entity));
        }
        return new Binding<>(mappings, new Origin(SourceType.OTHER, "catalog version " + catalog.version()));
    }

    private static JaxbEntityImpl entity(EntityDefinition definition) {
        JaxbEntityImpl entity = new JaxbEntityImpl();
        entity.setName(definition.name());
        entity.setMetadataComplete(true);
        JaxbTableImpl table = new JaxbTableImpl();
        table.setName(definition.tableName());
        entity.setTable(table);
        JaxbAttributesContainerImpl attributes = new JaxbAttributesContainerImpl();
        for (FieldDefinition field : definition.storedFields()) {
            if (field.name().equals(SystemFields.ID)) {
                JaxbIdImpl id = new JaxbIdImpl();
                id.setName(field.attribute());
                id.setColumn(column(Columns.name(field)));
                id.setTarget(Columns.javaType(field).getName());
                attributes.getIdAttributes().add(id);
            } else {
                attributes.getBasicAttributes().add(basic(field.attribute(), Columns.name(field), Columns.javaType(field)));
            }
        }
        attributes.getBasicAttributes().add(basic(Columns.DELETED_KEY_ATTRIBUTE, Columns.DELETED_KEY_COLUMN, String.class));
        entity.setAttributes(attributes);
        return entity;
    }

    private static JaxbBasicImpl basic(String attribute, String column, Class<?> type) {
        JaxbBasicImpl basic = new JaxbBasicImpl();
        basic.setName(attribute);
        basic.setColumn(column(column));
        basic.setTarget(type.getName());
        return basic;
    }

    private static JaxbColumnImpl column(String name) {
        JaxbColumnImpl column = new JaxbColumnImpl();
        column.setName(name);
        return column;
    }
}
