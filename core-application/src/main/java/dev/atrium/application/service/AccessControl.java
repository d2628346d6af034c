package dev.atrium.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.Order;
import dev.atrium.domain.query.RecordQuery;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.AccessLevel;
import dev.atrium.domain.security.AccessPolicy;
import dev.atrium.domain.security.EntityAccess;
import dev.atrium.domain.security.Principal;

/**
 * Merges a caller's roles into one {@link AccessPolicy}, from the RoleScope and RoleScopeField
 * records as AtroCore stores them. Policies are cached per role set for {@link #TTL}, so a role
 * change reaches every node within that time.
 */
public final class AccessControl {

    static final Duration TTL = Duration.ofSeconds(5);
    private static final int MAX_ROWS = 10_000;

    private final GetCatalogUseCase catalogs;
    private final RecordRepository repository;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Map<Set<String>, Cached> cache = new ConcurrentHashMap<>();

    public AccessControl(GetCatalogUseCase catalogs, RecordRepository repository, UnitOfWork unitOfWork, Clock clock) {
        this.catalogs = catalogs;
        this.repository = repository;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public AccessPolicy policyFor(Principal principal) {
        if (principal.admin()) {
            return AccessPolicy.ADMIN;
        }
        Instant now = clock.instant();
        Cached cached = cache.get(principal.roleIds());
        if (cached != null && cached.until().isAfter(now)) {
            return cached.policy();
        }
        AccessPolicy policy = principal.roleIds().isEmpty() ? new AccessPolicy(false, Map.of())
                : unitOfWork.readOnly(() -> load(principal.roleIds()));
        if (cache.size() > 1_000) {
            cache.clear();
        }
        cache.put(principal.roleIds(), new Cached(policy, now.plus(TTL)));
        return policy;
    }

    /** Forgets cached policies, so the next request reads the roles afresh. */
    public void forget() {
        cache.clear();
    }

    private AccessPolicy load(Set<String> roleIds) {
        Catalog catalog = catalogs.currentCatalog();
        EntityDefinition scopes = catalog.require("RoleScope");
        EntityDefinition fields = catalog.require("RoleScopeField");
        List<Record> scopeRows = rows(scopes, new Condition.In("roleId", new ArrayList<>(roleIds)));
        Map<String, Set<String>> unreadable = new HashMap<>();
        Map<String, Set<String>> uneditable = new HashMap<>();
        if (!scopeRows.isEmpty()) {
            List<Object> scopeIds = scopeRows.stream().map(row -> (Object) row.id()).toList();
            for (Record field : rows(fields, new Condition.In("roleScopeId", scopeIds))) {
                String scopeId = (String) field.get("roleScopeId");
                if (!Boolean.TRUE.equals(field.get("readAction"))) {
                    unreadable.computeIfAbsent(scopeId, id -> new HashSet<>()).add((String) field.get("name"));
                }
                if (!Boolean.TRUE.equals(field.get("editAction"))) {
                    uneditable.computeIfAbsent(scopeId, id -> new HashSet<>()).add((String) field.get("name"));
                }
            }
        }
        Map<String, EntityAccess> byEntity = new HashMap<>();
        for (Record scope : scopeRows) {
            if (!Boolean.TRUE.equals(scope.get("hasAccess"))) {
                continue;
            }
            EntityAccess access = new EntityAccess("yes".equals(scope.get("createAction")), level(scope, "readAction"),
                    level(scope, "editAction"), level(scope, "deleteAction"),
                    unreadable.getOrDefault(scope.id(), Set.of()), uneditable.getOrDefault(scope.id(), Set.of()));
            byEntity.merge((String) scope.get("name"), access, EntityAccess::widest);
        }
        return new AccessPolicy(false, byEntity);
    }

    private List<Record> rows(EntityDefinition entity, Condition where) {
        return repository.list(entity, RecordQuery.page(where, List.of(new Order("id", true)), 0, MAX_ROWS));
    }

    private static AccessLevel level(Record scope, String attribute) {
        return AccessLevel.fromJsonName(String.valueOf(scope.get(attribute))).orElse(AccessLevel.NO);
    }

    private record Cached(AccessPolicy policy, Instant until) {
    }
}
