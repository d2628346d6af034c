package dev.atrium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.EntityType;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;

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
    void aCatalogThatRemovesAFieldComesIntoForceBeforeTheMappingsLoseIt() {
        Catalog first = withWidget(1, "code", "size", "colour");
        Catalog added = withWidget(2, "code", "size", "colour", "weight");
        Catalog removed = withWidget(3, "code", "colour", "weight");
        Catalog gone = new Catalog(4, List.of(), List.of());

        registry.activate(first);
        registry.activate(added);
        registry.activate(removed);
        registry.activate(gone);

        assertThat(inForceWhileApplying).containsExactly(null, first, removed, gone);
        assertThat(CatalogRegistry.removesFromMapping(first, added)).isFalse();
        assertThat(CatalogRegistry.removesFromMapping(added, removed)).isTrue();
        assertThat(CatalogRegistry.removesFromMapping(removed, gone)).isTrue();
    }

    @Test
    void aFailedSchemaChangeOfARemovalPutsTheOldCatalogBack() {
        Catalog current = withWidget(1, "code", "size");
        CatalogRegistry failing = new CatalogRegistry(catalog -> {
            if (catalog.version() > 1) {
                throw new IllegalStateException("mapping failed");
            }
        });
        failing.activate(current);

        assertThatIllegalStateException().isThrownBy(() -> failing.activate(withWidget(2, "code")));

        assertThat(failing.currentCatalog()).isSameAs(current);
    }

    private static Catalog withWidget(long version, String... fields) {
        Map<String, FieldDefinition> definitions = new LinkedHashMap<>();
        for (String field : fields) {
            definitions.put(field, FieldDefinition.builder(field, FieldType.VARCHAR).build());
        }
        return new Catalog(version, List.of(new EntityDefinition("Widget", EntityType.BASE, definitions, Map.of(),
                List.of(), "code", true, "test")), List.of());
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
