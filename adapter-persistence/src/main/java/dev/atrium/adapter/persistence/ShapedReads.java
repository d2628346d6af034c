package dev.atrium.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hibernate.dialect.NullOrdering;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.SelectionQuery;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.ReadShape;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.Record;

/** A record or a page read as columns in one statement, with what its {@link ReadShape} asks for ({@link ShapedRows}). */
final class ShapedReads {

    private static final String LIVE = "e.deleted = false";

    private final HibernateUnitOfWork unitOfWork;

    ShapedReads(HibernateUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    Optional<Record> find(EntityDefinition entity, String id, ReadShape shape, Condition where) {
        ShapedRows rows = new ShapedRows(entity, shape);
        HqlConditions hql = new HqlConditions(entity).append("select ");
        rows.select(hql);
        hql.append(" from " + entity.name() + " e where e.id = :id and " + LIVE);
        if (!Condition.TRUE.equals(where)) {
            hql.append(" and ").condition(where);
        }
        SelectionQuery<Object[]> select = unitOfWork.session().createSelectionQuery(hql.text(), Object[].class)
                .setParameter("id", id);
        hql.parameters().forEach(select::setParameter);
        return select.getResultList().stream().findFirst().map(rows::record);
    }

    List<Record> list(EntityDefinition entity, RecordQuery query, ReadShape shape) {
        ShapedRows shaped = new ShapedRows(entity, shape);
        HqlConditions hql = new HqlConditions(entity, nullsSmallest()).append("select ");
        shaped.select(hql);
        hql.append(" from " + entity.name() + " e where " + LIVE + " and ").condition(query.where());
        if (query.after() != null) {
            hql.append(" and ").after(query.order(), query.after());
        }
        hql.orderBy(query.order());
        // Columns rather than entities: a page is read, never changed, so the session need not track it.
        SelectionQuery<Object[]> select = unitOfWork.session().createSelectionQuery(hql.text(), Object[].class);
        hql.parameters().forEach(select::setParameter);
        if (query.after() == null) {
            select.setFirstResult(query.offset());
        }
        List<Object[]> rows = select.setMaxResults(query.maxSize()).getResultList();
        List<Record> records = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            records.add(shaped.record(row));
        }
        return records;
    }

    private boolean nullsSmallest() {
        NullOrdering ordering = unitOfWork.session().getSessionFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getNullOrdering();
        return ordering == NullOrdering.SMALLEST || ordering == NullOrdering.FIRST;
    }
}
