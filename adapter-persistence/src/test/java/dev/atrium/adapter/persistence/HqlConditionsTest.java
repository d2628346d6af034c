package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.query.Condition;

/** How in-lists are written: Hibernate caches the translation of each written form. */
class HqlConditionsTest {

    private static final EntityDefinition PART = SpecificsCatalog.CATALOG.require("Part");

    @Test
    void oneValueIsAnEqualityAsHibernateTranslatesALoneInListParameterAtEveryExecution() {
        HqlConditions hql = new HqlConditions(PART).condition(new Condition.In("id", List.of("p1")));

        assertThat(hql.text()).isEqualTo("e.id = :p0");
        assertThat(hql.parameters()).containsEntry("p0", "p1");
    }

    @Test
    void moreValuesArePaddedToAPowerOfTwoWithTheLastRepeated() {
        HqlConditions hql = new HqlConditions(PART).condition(new Condition.In("id", List.of("p1", "p2", "p3")));

        assertThat(hql.text()).isEqualTo("e.id in (:p0, :p1, :p2, :p3)");
        assertThat(hql.parameters()).containsEntry("p2", "p3").containsEntry("p3", "p3");
    }

    @Test
    void whereArraysAreBoundSeveralTextsAreOneArrayParameterAndOtherValuesAnInList() {
        HqlConditions texts = new HqlConditions(PART, false, true)
                .condition(new Condition.In("id", List.of("p1", "p2", "p3")));
        HqlConditions numbers = new HqlConditions(PART, false, true)
                .condition(new Condition.In("quantity", List.of(1, 2)));
        HqlConditions one = new HqlConditions(PART, false, true).condition(new Condition.In("id", List.of("p1")));

        assertThat(texts.text()).isEqualTo("atrium_any(:p0, e.id)");
        assertThat(texts.parameters().get("p0")).isEqualTo(new String[] {"p1", "p2", "p3"});
        assertThat(numbers.text()).isEqualTo("e.quantity in (:p0, :p1)");
        assertThat(one.text()).isEqualTo("e.id = :p0");
    }
}
