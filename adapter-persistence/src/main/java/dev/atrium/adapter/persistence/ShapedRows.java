package dev.atrium.adapter.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.ReadShape;
import dev.atrium.domain.record.Record;

/**
 * The select list of a read (alias {@code e}) and the records made from its rows: the stored columns,
 * then one scalar subquery per belongs-to name and one JSON-aggregating subquery per to-many link, so
 * a record or a page is one statement however many links it shows. Hibernate writes each database's
 * JSON functions; attribute and entity names come from the catalog only.
 */
final class ShapedRows {

    private final EntityDefinition entity;
    private final ReadShape shape;
    private final String[] attributes;
    private final boolean[] json;
    private final String selectList;

    ShapedRows(EntityDefinition entity, ReadShape shape) {
        this.entity = entity;
        this.shape = shape;
        List<FieldDefinition> fields = entity.storedFields();
        attributes = new String[fields.size()];
        json = new boolean[fields.size()];
        StringBuilder select = new StringBuilder();
        for (int i = 0; i < attributes.length; i++) {
            attributes[i] = fields.get(i).attribute();
            json[i] = fields.get(i).type().storage() == FieldType.Storage.JSON;
            select.append(i == 0 ? "e." : ", e.").append(attributes[i]);
        }
        int alias = 0;
        for (ReadShape.Name name : shape.names()) {
            if (name.target().hasNameField()) {
                String n = "n" + alias++;
                select.append(", (select ").append(n).append('.').append(SystemFields.NAME).append(" from ")
                        .append(name.target().name()).append(' ').append(n).append(" where ").append(n).append(".id = e.")
                        .append(attribute(entity, name.idAttribute())).append(" and ").append(n).append(".deleted = false)");
            }
        }
        for (ReadShape.ToMany link : shape.toMany()) {
            select.append(", ").append(linked(link, alias++));
        }
        selectList = select.toString();
    }

    /** {@code e.id, e.name, ..., (select ...)}: the columns of {@link #record}. */
    String selectList() {
        return selectList;
    }

    Record record(Object[] row) {
        LinkedHashMap<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i++) {
            values.put(attributes[i], json[i] ? JsonValues.read((String) row[i]) : row[i]);
        }
        if (shape.isEmpty()) {
            return new Record(entity.name(), Record.handOver(values));
        }
        int column = attributes.length;
        LinkedHashMap<String, String> names = new LinkedHashMap<>();
        for (ReadShape.Name name : shape.names()) {
            boolean named = name.target().hasNameField();
            names.put(name.link(), named && values.get(name.idAttribute()) != null ? (String) row[column] : null);
            column += named ? 1 : 0;
        }
        LinkedHashMap<String, Map<String, String>> toMany = new LinkedHashMap<>();
        for (ReadShape.ToMany link : shape.toMany()) {
            toMany.put(link.link(), idsAndNames((String) row[column++], link.target().hasNameField()));
        }
        return new Record(entity.name(), Record.handOver(values), Record.handOver(names), Record.handOver(toMany));
    }

    /**
     * {@code (select json_arrayagg(json_array(r.otherKey, t.name null on null) order by r.id) from Route r
     * left join Target t on ...)}; the name comes from the route row itself when it is the target.
     */
    private static String linked(ReadShape.ToMany link, int index) {
        String r = "r" + index;
        String t = "t" + index;
        String own = attribute(link.routeEntity(), link.route().ownKey());
        String other = attribute(link.routeEntity(), link.route().otherKey());
        boolean named = link.target().hasNameField();
        boolean direct = link.route().isDirect();
        String element = !named ? r + "." + other
                : "json_array(" + r + "." + other + ", " + (direct ? r : t) + "." + SystemFields.NAME + " null on null)";
        StringBuilder hql = new StringBuilder("(select json_arrayagg(").append(element).append(" order by ").append(r)
                .append(".id) from ").append(link.routeEntity().name()).append(' ').append(r);
        if (named && !direct) {
            hql.append(" left join ").append(link.target().name()).append(' ').append(t).append(" on ").append(t)
                    .append(".id = ").append(r).append('.').append(other).append(" and ").append(t).append(".deleted = false");
        }
        return hql.append(" where ").append(r).append('.').append(own).append(" = e.id and ").append(r)
                .append(".deleted = false)").toString();
    }

    /** The aggregated JSON: {@code [["id","name"], ...]}, or {@code ["id", ...]} for targets without names. */
    private static Map<String, String> idsAndNames(String aggregated, boolean named) {
        LinkedHashMap<String, String> result = new LinkedHashMap<>();
        if (aggregated == null) {
            return Record.handOver(result);
        }
        for (Object element : (List<?>) JsonValues.read(aggregated)) {
            if (named) {
                List<?> pair = (List<?>) element;
                result.put((String) pair.get(0), (String) pair.get(1));
            } else {
                result.put((String) element, null);
            }
        }
        return Record.handOver(result);
    }

    /** The attribute as the catalog spells it; refuses anything else, so no client text reaches HQL. */
    static String attribute(EntityDefinition entity, String attribute) {
        return entity.fieldByAttribute(attribute)
                .orElseThrow(() -> new IllegalArgumentException("not a stored attribute of " + entity.name() + ": " + attribute))
                .attribute();
    }
}
