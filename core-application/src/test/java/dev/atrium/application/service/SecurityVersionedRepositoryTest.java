package dev.atrium.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.atrium.application.port.out.VersionCounters;
import dev.atrium.application.testing.InMemoryRecordRepository;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;

class SecurityVersionedRepositoryTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);

    private final Catalog catalog = CatalogAssembler.assemble(
            List.of(new CoreModule(), FixtureModule.of("fixtures", "Maker", "Gadget")), 1);
    private final Counter counter = new Counter();
    private final SecurityVersionedRepository repository =
            new SecurityVersionedRepository(new InMemoryRecordRepository(), counter);

    @Test
    void everyKindOfWriteToAUserMovesTheVersion() {
        EntityDefinition users = catalog.require("User");

        repository.insert(users, row(users, "u1", Map.of("userName", "ann", "isActive", true)));
        repository.update(users, "u1", Map.of("isActive", false));
        repository.updateAll(users, new Condition.Compare(SystemFields.ID, Condition.Operator.EQUALS, "u1"),
                Map.of("isAdmin", true));
        repository.softDelete(users, "u1", Map.of(SystemFields.MODIFIED_AT, NOW));

        assertThat(counter.value.get()).isEqualTo(4);
    }

    @Test
    void rolesScopesTeamsAndMembershipsMoveTheVersion() {
        for (String entity : List.of("Role", "RoleScope", "RoleScopeField", "Team", "UserRole", "UserTeam")) {
            EntityDefinition definition = catalog.require(entity);
            repository.insertAll(definition, List.of(row(definition, entity + "-1", Map.of())));
        }

        assertThat(counter.value.get()).isEqualTo(6);
    }

    @Test
    void aLoginAndTheUseOfATokenMoveNothingButEndingATokenDoes() {
        EntityDefinition tokens = catalog.require("AuthToken");
        repository.insert(tokens, row(tokens, "t1", Map.of("isActive", true)));
        repository.updateAll(tokens, new Condition.Compare(SystemFields.ID, Condition.Operator.EQUALS, "t1"),
                Map.of("lastAccess", NOW));
        assertThat(counter.value.get()).as("a new token and its last access").isZero();

        repository.update(tokens, "t1", Map.of("isActive", false, SystemFields.MODIFIED_AT, NOW));

        assertThat(counter.value.get()).isEqualTo(1);
    }

    @Test
    void writesToOtherEntitiesMoveNothing() {
        EntityDefinition gadgets = catalog.require("Gadget");

        repository.insert(gadgets, row(gadgets, "g1", Map.of("name", "Widget")));
        repository.update(gadgets, "g1", Map.of("name", "Gizmo"));

        assertThat(counter.value.get()).isZero();
    }

    private static Map<String, Object> row(EntityDefinition entity, String id, Map<String, Object> values) {
        Map<String, Object> row = new HashMap<>();
        entity.storedFields().forEach(field -> row.put(field.attribute(), null));
        row.putAll(values);
        row.put(SystemFields.ID, id);
        row.put(SystemFields.DELETED, false);
        row.put(SystemFields.CREATED_AT, NOW);
        row.put(SystemFields.MODIFIED_AT, NOW);
        return row;
    }

    private static final class Counter implements VersionCounters {
        private final AtomicLong value = new AtomicLong();

        @Override
        public void increment(String name) {
            assertThat(name).isEqualTo(SecurityVersionWatch.COUNTER);
            value.incrementAndGet();
        }

        @Override
        public long incrementAndRead(String name) {
            increment(name);
            return value.get();
        }

        @Override
        public long read(String name) {
            return value.get();
        }
    }
}
