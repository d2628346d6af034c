package dev.atrium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.atrium.domain.metadata.Catalog;

class CatalogRegistryTest {

    private final List<Long> applied = new ArrayList<>();
    private final List<Catalog> inForceWhileApplying = new ArrayList<>();
    private CatalogRegistry registry;

    CatalogRegistryTest() {
        registry = new CatalogRegistry(catalog -> {
            applied.add(catalog.version());
            try {
                inForceWhileApplying.add(registry.currentCatalog());
            } catch (IllegalStateException none) {
                inForceWhileApplying.add(null);
            }
        });
    }

    private static Catalog version(long version) {
        return new Catalog(version, List.of(), List.of());
    }

    @Test
    void thereIsNoCatalogBeforeTheFirstActivation() {
        assertThatIllegalStateException().isThrownBy(registry::currentCatalog).withMessageContaining("no catalog");
    }

    @Test
    void aCatalogComesIntoForceOnlyAfterTheSchemaMatchesIt() {
        Catalog first = version(1);
        Catalog second = version(2);

        registry.activate(first);
        registry.activate(second);

        assertThat(registry.currentCatalog()).isSameAs(second);
        assertThat(applied).containsExactly(1L, 2L);
        assertThat(inForceWhileApplying).containsExactly(null, first);
    }

    @Test
    void aVersionThatDoesNotFollowIsRefusedBeforeTouchingTheSchema() {
        Catalog current = version(2);
        registry.activate(current);

        assertThatIllegalArgumentException().isThrownBy(() -> registry.activate(version(2))).withMessageContaining("2");
        assertThatIllegalArgumentException().isThrownBy(() -> registry.activate(version(1)));

        assertThat(applied).containsExactly(2L);
        assertThat(registry.currentCatalog()).isSameAs(current);
    }

    @Test
    void aFailedSchemaChangeLeavesTheOldCatalogInForce() {
        Catalog current = version(1);
        CatalogRegistry failing = new CatalogRegistry(catalog -> {
            if (catalog.version() > 1) {
                throw new IllegalStateException("migration failed");
            }
        });
        failing.activate(current);

        assertThatIllegalStateException().isThrownBy(() -> failing.activate(version(2)));

        assertThat(failing.currentCatalog()).isSameAs(current);
    }
}
