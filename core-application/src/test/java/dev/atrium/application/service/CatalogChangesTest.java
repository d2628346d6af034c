package dev.atrium.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import dev.atrium.application.port.out.RuntimeModel;
import dev.atrium.application.port.out.SchemaManager;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.application.port.out.VersionCounters;

/** A catalog change commits, comes into force and answers; what it removes is put out of the way last. */
class CatalogChangesTest {

    private final List<String> events = new ArrayList<>();
    private final SchemaManager schema = catalog -> events.add("mapped " + catalog.version());
    private final CatalogRegistry registry = new CatalogRegistry(schema);
    private final CatalogChanges changes = new CatalogChanges(
            CatalogAssembler.assembleAll(List.of(FixtureModule.of("fixture", "Maker", "Gadget")), 1, List.of()),
            () -> RuntimeModel.EMPTY, registry, schema, new Counters(), new DirectUnitOfWork());

    CatalogChangesTest() {
        registry.activate(changes.initial(0));
    }

    /**
     * The deletion is committed and in force when its storage cannot be put out of the way (a table locked
     * through every attempt): the change answers, and what stays is put away when the same codes return.
     */
    @Test
    void aDeletionWhoseStorageCannotBePutAwayStillAnswersWithItsResult() {
        String answer = changes.change((current, model) -> model, (before, after) -> Optional.of(() -> {
            events.add("retire");
            throw new IllegalStateException("the table's lock was not granted");
        }), () -> {
            events.add("write");
            return "deleted";
        });

        assertThat(answer).isEqualTo("deleted");
        assertThat(events).containsSubsequence("write", "mapped 2", "retire");
        assertThat(registry.currentCatalog().version()).isEqualTo(2);
    }

    private static final class Counters implements VersionCounters {
        private final Map<String, Long> values = new HashMap<>();

        @Override
        public void increment(String name) {
            values.merge(name, 1L, Long::sum);
        }

        @Override
        public long incrementAndRead(String name) {
            return values.merge(name, 1L, Long::sum);
        }

        @Override
        public long read(String name) {
            return values.getOrDefault(name, 0L);
        }
    }

    private static final class DirectUnitOfWork implements UnitOfWork {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }
}
