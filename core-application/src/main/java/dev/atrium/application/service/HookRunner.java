package dev.atrium.application.service;

import dev.atrium.domain.DomainException;

import java.util.HashMap;

import java.util.ArrayList;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.application.spi.RecordHook;
import dev.atrium.application.spi.RecordWrite;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.Record;

/** Runs the modules' hooks of an entity on a write, giving them read access to live records. */
final class HookRunner {

    private final RecordHooks hooks;
    private final GetCatalogUseCase catalogs;
    private final RecordRepository repository;

    HookRunner(RecordHooks hooks, GetCatalogUseCase catalogs, RecordRepository repository) {
        this.hooks = hooks;
        this.catalogs = catalogs;
        this.repository = repository;
    }

    /**
     * A write of a batch on its way to {@link #beforeWriteAll}.
     *
     * @param linked by to-many link, the ids the write adds to it
     */
    record Planned(String id, Record current, Map<String, Object> values, Map<String, Set<String>> linked) {
    }

    /**
     * Runs the hooks over a batch of writes, each hook seeing the writes no earlier hook refused.
     *
     * @return the refused writes by their position in {@code writes}, with why
     */
    Map<Integer, DomainException> beforeWriteAll(EntityDefinition entity, List<Planned> writes) {
        Map<Integer, DomainException> refused = new HashMap<>();
        List<RecordHook> entityHooks = hooks.of(entity.name());
        if (entityHooks.isEmpty() || writes.isEmpty()) {
            return refused;
        }
        List<RecordWrite> all = new ArrayList<>();
        writes.forEach(write -> all.add(new Write(entity.name(), write, write.linked())));
        for (RecordHook hook : entityHooks) {
            List<RecordWrite> alive = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (!refused.containsKey(i)) {
                    alive.add(all.get(i));
                }
            }
            Map<RecordWrite, DomainException> refusedNow = hook.beforeWriteAll(alive);
            for (int i = 0; i < all.size(); i++) {
                DomainException why = refusedNow.get(all.get(i));
                if (why != null) {
                    refused.putIfAbsent(i, why);
                }
            }
        }
        return refused;
    }

    /** The write as hooks see it. */
    private final class Write implements RecordWrite {
        private final String entity;
        private final String id;
        private final Record current;
        private final Map<String, Object> values;
        private final Map<String, Set<String>> linked;

        Write(String entity, Planned planned, Map<String, Set<String>> linked) {
            this.entity = entity;
            this.id = planned.id();
            this.current = planned.current();
            this.values = planned.values();
            this.linked = linked;
        }

        @Override
        public String entity() {
            return entity;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public boolean isCreate() {
            return current == null;
        }

        @Override
        public Optional<Record> current() {
            return Optional.ofNullable(current);
        }

        @Override
        public Map<String, Object> values() {
            return values;
        }

        @Override
        public Set<String> linked(String link) {
            return linked.getOrDefault(link, Set.of());
        }

        @Override
        public Optional<Record> find(String otherEntity, String otherId) {
            return repository.findById(catalogs.currentCatalog().require(otherEntity), otherId, false);
        }

        @Override
        public List<Record> list(String otherEntity, Condition where, int max) {
            return repository.list(catalogs.currentCatalog().require(otherEntity),
                    RecordQuery.page(where, List.of(new Order(SystemFields.ID, true)), 0, max));
        }
    }
}
