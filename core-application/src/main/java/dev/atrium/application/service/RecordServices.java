package dev.atrium.application.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.EntityFeature;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.record.RecordIds;
import dev.atrium.domain.security.Principal;

/**
 * The record services and what they share: ports, the access rules, link handling. The
 * composition root builds one and takes the services from it.
 */
public final class RecordServices {

    final GetCatalogUseCase catalogs;
    final RecordRepository repository;
    final UnitOfWork unitOfWork;
    final Clock clock;
    final ListLimits limits;
    final PasswordHasher passwords;
    final RecordIds ids;
    final RecordReferences references;
    final ToManyLinks toMany;
    final RecordAccess access;
    final RecordLister lister;
    final HookRunner hooks;
    final WhereReader where;

    private final RecordService records;
    private final RecordLinkService links;
    private final MassActionService massActions;
    private final UpsertService upserts;
    private final List<WriteListener> listeners = new CopyOnWriteArrayList<>();

    public RecordServices(GetCatalogUseCase catalogs, RecordRepository repository, UnitOfWork unitOfWork, Clock clock,
            ListLimits limits, AccessControl accessControl, PasswordHasher passwords) {
        this(catalogs, repository, unitOfWork, clock, limits, accessControl, passwords, RecordHooks.NONE);
    }

    public RecordServices(GetCatalogUseCase catalogs, RecordRepository repository, UnitOfWork unitOfWork, Clock clock,
            ListLimits limits, AccessControl accessControl, PasswordHasher passwords, RecordHooks recordHooks) {
        this(catalogs, repository, unitOfWork, clock, limits, accessControl, passwords, recordHooks, WhereRewriters.NONE);
    }

    /** @param rewriters what reads the where items that set a module's flag */
    public RecordServices(GetCatalogUseCase catalogs, RecordRepository repository, UnitOfWork unitOfWork, Clock clock,
            ListLimits limits, AccessControl accessControl, PasswordHasher passwords, RecordHooks recordHooks,
            WhereRewriters rewriters) {
        this.catalogs = catalogs;
        this.repository = repository;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.limits = limits;
        this.passwords = passwords;
        this.ids = new RecordIds(clock);
        this.references = new RecordReferences(catalogs, repository);
        this.toMany = new ToManyLinks(catalogs, repository, ids);
        this.access = new RecordAccess(accessControl, catalogs, repository);
        this.hooks = new HookRunner(recordHooks, catalogs, repository);
        this.where = new WhereReader(rewriters, repository, unitOfWork, access);
        this.lister = new RecordLister(this);
        this.records = new RecordService(this);
        this.links = new RecordLinkService(this);
        this.massActions = new MassActionService(this);
        this.upserts = new UpsertService(this);
    }

    public RecordService records() {
        return records;
    }

    public RecordLinkService links() {
        return links;
    }

    public MassActionService massActions() {
        return massActions;
    }

    public UpsertService upserts() {
        return upserts;
    }

    /** Registers what must hear of every committed write (token and access caches). */
    public void onWritten(WriteListener listener) {
        listeners.add(listener);
    }

    /** Tells the listeners, after the transaction committed, which records of the entity it wrote. */
    void written(String entity, Set<String> ids) {
        listeners.forEach(listener -> listener.written(entity, ids));
    }

    EntityDefinition entity(String name) {
        return catalogs.currentCatalog().require(name);
    }

    LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * A new record's row: its values with the system fields stamped (id, live, created and modified
     * now by the caller) and, on an entity with an owner, the caller as owner unless one is given.
     */
    static Map<String, Object> newRow(EntityDefinition entity, Principal caller, String id, Map<String, Object> values,
            LocalDateTime now) {
        Map<String, Object> row = new LinkedHashMap<>(values);
        row.put(SystemFields.ID, id);
        row.put(SystemFields.DELETED, false);
        row.put(SystemFields.CREATED_AT, now);
        row.put(SystemFields.MODIFIED_AT, now);
        row.put(SystemFields.CREATED_BY_ID, caller.userId());
        row.put(SystemFields.MODIFIED_BY_ID, caller.userId());
        if (entity.has(EntityFeature.OWNER) && row.get("ownerUserId") == null && caller != Principal.SYSTEM) {
            row.put("ownerUserId", caller.userId());
        }
        return row;
    }

    /** Password values are stored only as their slow hash. */
    void hashPasswords(EntityDefinition entity, Map<String, Object> values) {
        for (FieldDefinition field : entity.storedFields()) {
            if (field.type() == FieldType.PASSWORD && values.get(field.attribute()) instanceof String password
                    && !password.isEmpty() && !field.readOnly()) {
                values.put(field.attribute(), passwords.hash(password));
            }
        }
    }
}
