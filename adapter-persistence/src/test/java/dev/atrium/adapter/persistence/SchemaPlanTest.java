package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.atrium.adapter.persistence.SchemaPlan.CreateIndex;

class SchemaPlanTest {

    private final SchemaPlan plan = SchemaPlan.of(SpecificsCatalog.CATALOG);

    @Test
    void theDefaultListOrderIsIndexedWithItsIdTieBreaker() {
        assertThat(indexes("order")).extracting(CreateIndex::columns).contains(List.of("group", "id"));
    }

    @Test
    void anEntityListedByIdGetsNoOrderIndex() {
        assertThat(SpecificsCatalog.CATALOG.require("Part").sortBy()).isEqualTo("id");
        assertThat(indexes(SpecificsCatalog.CATALOG.require("Part").tableName())).extracting(CreateIndex::name)
                .noneMatch(name -> name.endsWith("_order"));
    }

    @Test
    void stepIdsAreUnique() {
        assertThat(plan.steps()).extracting(SchemaPlan.Step::id).doesNotHaveDuplicates();
    }

    private List<CreateIndex> indexes(String table) {
        return plan.steps().stream().filter(CreateIndex.class::isInstance).map(CreateIndex.class::cast)
                .filter(index -> index.table().equals(table)).toList();
    }
}
