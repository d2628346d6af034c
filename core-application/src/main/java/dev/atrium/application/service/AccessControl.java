package dev.atrium.application.service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * records as AtroCore stores them. Policies are cached per role set until a role, scope or scope
 * field is written: on this node the write itself drops them, on the others the
 * {@link SecurityVersionWatch}.
 */
public final class AccessControl implements WriteListener {

    /** How long a policy lives at most; changes drop it long before, this only bounds memory of unused role sets. */
    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final int MAX_ROWS = 10_000;
    private static final Set<String> POLICY_ENTITIES = Set.of("Role", "RoleScope", "RoleScopeField");

    private final GetCatalogUseCase catalogs;
    private final RecordRepository repository;
    private final UnitOfWork unitOfWork;
    private final SecurityCache<Set<String>, AccessPolicy> cache;

    /** On a node that shares its database with no other. */
    public AccessControl(GetCatalogUseCase catalogs, RecordRepository repository, UnitOfWork unitOfWork, Clock clock) {
        this(catalogs, repository, unitOfWork, clock, SecurityVersionWatch.alone());
    }

    public AccessControl(GetCatalogUseCase catalogs, RecordRepository repository, UnitOfWork unitOfWork, Clock clock,
            SecurityVersionWatch watch) {
        this.catalogs = catalogs;
        this.repository = repository;
        this.unitOfWork = unitOfWork;
        this.cache = new SecurityCache<>(watch, clock, LIFETIME);
    }

    public AccessPolicy policyFor(Principal principal) {
        if (principal.admin()) {
            return AccessPolicy.ADMIN;
        }
        Optional<AccessPolicy> cached = cache.get(principal.roleIds());
        if (cached.isPresent()) {
            return cached.get();
        }
        long generation = cache.generation();
        AccessPolicy policy = principal.roleIds().isEmpty() ? new AccessPolicy(false, Map.of())
                : unitOfWork.readOnly(() -> load(principal.roleIds()));
        cache.put(principal.roleIds(), policy, generation);
        return policy;
    }

    /**
     * A role's scopes may move to another role, so any write to roles or scopes drops every policy;
     * there are few role sets, and each reloads with two queries.
     */
    @Override
    public void written(String entity, Set<String> ids) {
        if (POLICY_ENTITIES.contains(entity)) {
            cache.dropAll();
        }
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
            if (!Boolean.TRUE.equals(scope.get("hasAccess")) || AdminOnly.MODEL.contains(scope.get("name"))) {
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
}
