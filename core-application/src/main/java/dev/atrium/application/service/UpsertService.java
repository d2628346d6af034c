package dev.atrium.application.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.atrium.application.port.in.UpsertUseCase;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.security.Principal;

/**
 * The bulk upsert. Items are grouped by entity and cut into rounds in which no match key repeats
 * (so that a record created by one item is updated by a later one, never created twice). Each
 * round is matched, validated and written set-based in one transaction ({@link UpsertRound}); if
 * the database refuses the round, or a concurrent writer created a record the round was about to
 * create, the round is rolled back and its items are redone one by one, each in its own transaction,
 * matching again first (a single item is matched again up to {@link #RETRIES} times), so one bad item
 * never costs the others and no item is ever half written.
 */
public final class UpsertService implements UpsertUseCase {

    private static final int RETRIES = 3;

    private final RecordServices shared;

    UpsertService(RecordServices shared) {
        this.shared = shared;
    }

    @Override
    public List<Result> upsert(Principal caller, List<Item> items, boolean dryRun) {
        Result[] results = new Result[items.size()];
        Map<String, List<Integer>> byEntity = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.problem() != null) {
                results[i] = Result.failed(item.problem());
                continue;
            }
            var entity = shared.catalogs.currentCatalog().find(item.entity());
            if (entity.isEmpty()) {
                results[i] = Result.failed("Controller '" + item.entity() + "' is not found.");
                continue;
            }
            byEntity.computeIfAbsent(entity.get().name(), name -> new ArrayList<>()).add(i);
        }
        byEntity.forEach((name, indices) -> {
            EntityDefinition entity = shared.entity(name);
            for (List<Integer> round : rounds(entity, items, indices, shared.unitOfWork.recordsPerTransaction())) {
                run(caller, entity, items, round, results, dryRun);
                // each round commits on its own: what it wrote is visible (kept totals, caches) at once
                Set<String> written = new HashSet<>();
                round.forEach(index -> {
                    if (results[index].record() != null && !dryRun) {
                        written.add(results[index].record().id());
                    }
                });
                if (!written.isEmpty()) {
                    shared.written(name, written);
                }
            }
        });
        return Arrays.asList(results);
    }

    private void run(Principal caller, EntityDefinition entity, List<Item> items, List<Integer> round, Result[] results,
            boolean dryRun) {
        try {
            List<Integer> deferred = shared.unitOfWork.inTransaction(() ->
                    new UpsertRound(shared, caller, entity, items, round, results, dryRun).run());
            if (!deferred.isEmpty()) {
                run(caller, entity, items, deferred, results, dryRun);
            }
        } catch (RuntimeException refused) {
            if (round.size() > 1) {
                round.forEach(index -> run(caller, entity, items, List.of(index), results, dryRun));
            } else {
                retryAlone(caller, entity, items, round.get(0), results, dryRun, refused);
            }
        }
    }

    /** One item whose write the database refused: match again (a concurrent writer may have created it), a few times. */
    private void retryAlone(Principal caller, EntityDefinition entity, List<Item> items, int index, Result[] results,
            boolean dryRun, RuntimeException refused) {
        RuntimeException last = refused;
        for (int attempt = 0; attempt < RETRIES; attempt++) {
            try {
                shared.unitOfWork.inTransaction(() ->
                        new UpsertRound(shared, caller, entity, items, List.of(index), results, dryRun).run());
                return;
            } catch (RuntimeException again) {
                last = again;
            }
        }
        results[index] = Result.failed(last instanceof DomainException domain ? domain.getMessage()
                : "The item could not be stored: " + last.getClass().getSimpleName() + ".");
    }

    /**
     * Consecutive items, at most {@code size} of them (the unit of work's records per transaction, which bounds
     * the statements' sizes and the memory of a round), among which no id or unique value repeats.
     */
    private static List<List<Integer>> rounds(EntityDefinition entity, List<Item> items, List<Integer> indices,
            int size) {
        List<List<Integer>> rounds = new ArrayList<>();
        List<Integer> round = new ArrayList<>();
        Set<Object> keys = new HashSet<>();
        for (int index : indices) {
            List<Object> itemKeys = UpsertRound.matchKeys(entity, items.get(index).payload());
            if (round.size() >= size || itemKeys.stream().anyMatch(keys::contains)) {
                rounds.add(round);
                round = new ArrayList<>();
                keys.clear();
            }
            round.add(index);
            keys.addAll(itemKeys);
        }
        if (!round.isEmpty()) {
            rounds.add(round);
        }
        return rounds;
    }
}
