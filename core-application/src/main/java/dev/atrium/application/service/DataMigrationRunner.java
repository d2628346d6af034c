package dev.atrium.application.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.atrium.application.port.in.GetRecordUseCase;
import dev.atrium.application.port.in.ListRecordsUseCase;
import dev.atrium.application.port.in.MassActionsUseCase;
import dev.atrium.application.port.in.UpsertUseCase;
import dev.atrium.application.port.out.DataMigrationLog;
import dev.atrium.application.spi.DataMigrationContext;
import dev.atrium.application.spi.PlatformUseCases;
import dev.atrium.domain.security.Principal;

/**
 * Runs the data migrations this database has not seen, module by module in load order, each module's in
 * version order, as the platform itself; records each one that succeeded. Nothing to run costs one query
 * (none when no module declares a migration) and takes no lock.
 */
public final class DataMigrationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DataMigrationRunner.class);

    private final DataMigrations migrations;
    private final DataMigrationLog log;
    private final PlatformUseCases useCases;
    private final Clock clock;

    public DataMigrationRunner(DataMigrations migrations, DataMigrationLog log, PlatformUseCases useCases, Clock clock) {
        this.migrations = migrations;
        this.log = log;
        this.useCases = useCases;
        this.clock = clock;
    }

    /**
     * @return the migrations that ran now, as {@code module:version}
     * @throws ModuleException when one fails (the ones before it stay recorded), or when a module declares a
     *     migration below one that already ran
     */
    public List<String> runPending() {
        if (migrations.isEmpty() || pending(log.applied()).isEmpty()) {
            return List.of();
        }
        return log.exclusively(() -> {
            List<String> ran = new ArrayList<>();
            for (DataMigrations.Step step : pending(log.applied())) {
                run(step);
                ran.add(step.moduleId() + ":" + step.version());
            }
            return ran;
        });
    }

    private List<DataMigrations.Step> pending(Map<String, Set<Integer>> applied) {
        List<DataMigrations.Step> pending = new ArrayList<>();
        migrations.byModule().forEach((module, steps) -> {
            Set<Integer> done = applied.getOrDefault(module, Set.of());
            int highest = done.stream().mapToInt(Integer::intValue).max().orElse(0);
            for (DataMigrations.Step step : steps) {
                if (done.contains(step.version())) {
                    continue;
                }
                if (step.version() < highest) {
                    throw new ModuleException(step.named() + " has not run on this database, but migration "
                            + highest + " of the module already has; migrations only go on, so give it a version above "
                            + highest);
                }
                pending.add(step);
            }
        });
        return pending;
    }

    private void run(DataMigrations.Step step) {
        long started = System.nanoTime();
        try {
            step.migration().migrate(new Context(Principal.SYSTEM, step.moduleId(), useCases.reads(), useCases.lists(),
                    useCases.upserts(), useCases.massActions()));
        } catch (RuntimeException | LinkageError e) {
            throw new ModuleException(step.named() + " failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
        log.record(step.moduleId(), step.version(), step.description(), LocalDateTime.now(clock));
        LOG.info("Data migration {} of module '{}' ran in {} ms: {}", step.version(), step.moduleId(),
                (System.nanoTime() - started) / 1_000_000, step.description());
    }

    /** What one migration sees. */
    private record Context(Principal caller, String moduleId, GetRecordUseCase reads, ListRecordsUseCase lists,
            UpsertUseCase upserts, MassActionsUseCase massActions) implements DataMigrationContext {
    }
}
