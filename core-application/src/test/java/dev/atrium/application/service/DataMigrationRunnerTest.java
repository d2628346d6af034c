package dev.atrium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import dev.atrium.application.port.in.GetRecordUseCase;
import dev.atrium.application.port.in.ListRecordsUseCase;
import dev.atrium.application.port.in.MassActionsUseCase;
import dev.atrium.application.port.in.UpsertUseCase;
import dev.atrium.application.port.out.DataMigrationLog;
import dev.atrium.application.spi.DataMigration;
import dev.atrium.application.spi.ModuleContributions;
import dev.atrium.application.spi.PlatformModule;
import dev.atrium.application.spi.PlatformUseCases;
import dev.atrium.application.testing.MutableClock;
import dev.atrium.domain.security.Principal;

class DataMigrationRunnerTest {

    private final List<String> ran = new ArrayList<>();
    private final RecordingLog log = new RecordingLog();

    private DataMigrationRunner runner(PlatformModule... modules) {
        return new DataMigrationRunner(CatalogAssembler.assembleAll(List.of(modules), 1, List.of()).migrations(), log,
                new NoUseCases(), MutableClock.at("2025-03-01T10:00:00Z"));
    }

    private DataMigration noting(String what) {
        return context -> {
            assertThat(context.caller()).isEqualTo(Principal.SYSTEM);
            ran.add(context.moduleId() + ":" + what);
        };
    }

    @Test
    void pendingMigrationsRunInModuleOrderThenVersionOrderAndAreRecordedUnderTheLock() {
        PlatformModule shelf = module("shelf", c -> c.dataMigration(2, "second", noting("2"))
                .dataMigration(1, "first", noting("1")));
        PlatformModule crate = module("crate", c -> c.dataMigration(1, "only", noting("1")));

        assertThat(runner(crate, shelf).runPending()).containsExactly("crate:1", "shelf:1", "shelf:2");

        assertThat(ran).containsExactly("crate:1", "shelf:1", "shelf:2");
        assertThat(log.recorded).containsExactly("crate:1:only@2025-03-01T10:00", "shelf:1:first@2025-03-01T10:00",
                "shelf:2:second@2025-03-01T10:00");
        assertThat(log.locked).isEqualTo(1);
    }

    @Test
    void recordedMigrationsDoNotRunAgainAndNothingPendingTakesNoLock() {
        log.applied.put("shelf", new HashSet<>(Set.of(1, 2)));

        assertThat(runner(module("shelf", c -> c.dataMigration(1, "first", noting("1"))
                .dataMigration(2, "second", noting("2")))).runPending()).isEmpty();

        assertThat(ran).isEmpty();
        assertThat(log.locked).isZero();
    }

    @Test
    void aNewMigrationAboveTheRecordedOnesRuns() {
        log.applied.put("shelf", new HashSet<>(Set.of(1)));

        assertThat(runner(module("shelf", c -> c.dataMigration(1, "first", noting("1"))
                .dataMigration(2, "second", noting("2")))).runPending()).containsExactly("shelf:2");
    }

    @Test
    void aMigrationBelowOneThatRanStopsStartUpNamingIt() {
        log.applied.put("shelf", new HashSet<>(Set.of(1, 3)));

        assertThatExceptionOfType(ModuleException.class)
                .isThrownBy(() -> runner(module("shelf", c -> c.dataMigration(2, "late", noting("2")))).runPending())
                .withMessageContaining("module 'shelf'").withMessageContaining("data migration 2 (late)")
                .withMessageContaining("migration 3 of the module already has");
        assertThat(ran).isEmpty();
    }

    @Test
    void aFailingMigrationStopsTheRestAndIsNotRecordedWhileTheOnesBeforeItAre() {
        PlatformModule shelf = module("shelf", c -> c.dataMigration(1, "first", noting("1"))
                .dataMigration(2, "breaks", context -> {
                    throw new IllegalStateException("the warehouse is on fire");
                }).dataMigration(3, "third", noting("3")));

        assertThatExceptionOfType(ModuleException.class).isThrownBy(() -> runner(shelf).runPending())
                .withMessageContaining("module 'shelf'").withMessageContaining("data migration 2 (breaks) failed: "
                        + "the warehouse is on fire");

        assertThat(ran).containsExactly("shelf:1");
        assertThat(log.recorded).containsExactly("shelf:1:first@2025-03-01T10:00");
    }

    @Test
    void badDeclarationsStopTheAssembly() {
        assertThatExceptionOfType(ModuleException.class)
                .isThrownBy(() -> runner(module("shelf", c -> c.dataMigration(0, "zero", noting("0")))))
                .withMessageContaining("declares data migration 0; versions start at 1");
        assertThatExceptionOfType(ModuleException.class)
                .isThrownBy(() -> runner(module("shelf", c -> c.dataMigration(1, "a", noting("a"))
                        .dataMigration(1, "b", noting("b")))))
                .withMessageContaining("declares data migration 1 twice");
        assertThatExceptionOfType(ModuleException.class)
                .isThrownBy(() -> runner(module("shelf", c -> c.dataMigration(1, " ", noting("a")))))
                .withMessageContaining("without a description");
    }

    private static PlatformModule module(String id, Consumer<ModuleContributions> contribute) {
        return new PlatformModule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void contribute(ModuleContributions contributions) {
                contribute.accept(contributions);
            }
        };
    }

    /** Migrations here only note that they ran. */
    private record NoUseCases(GetRecordUseCase reads, ListRecordsUseCase lists, UpsertUseCase upserts,
            MassActionsUseCase massActions) implements PlatformUseCases {
        NoUseCases() {
            this(null, null, null, null);
        }
    }

    /** The log in memory, counting how often the lock was taken. */
    private static final class RecordingLog implements DataMigrationLog {
        final Map<String, Set<Integer>> applied = new HashMap<>();
        final List<String> recorded = new ArrayList<>();
        int locked;

        @Override
        public Map<String, Set<Integer>> applied() {
            Map<String, Set<Integer>> copy = new HashMap<>();
            applied.forEach((module, versions) -> copy.put(module, Set.copyOf(versions)));
            return copy;
        }

        @Override
        public void record(String moduleId, int version, String description, LocalDateTime at) {
            applied.computeIfAbsent(moduleId, module -> new HashSet<>()).add(version);
            recorded.add(moduleId + ":" + version + ":" + description + "@" + at);
        }

        @Override
        public <T> T exclusively(Supplier<T> work) {
            locked++;
            return work.get();
        }
    }
}
