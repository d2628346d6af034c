package dev.atrium.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.record.RecordInput;

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
    final Stamps stamps;
    final RecordReferences references;
    final ToManyLinks toMany;
    final RecordAccess access;
    final RecordLister lister;
    final HookRunner hooks;
    final WhereReader where;
    final WritePipeline pipeline;
    final RecordInput.UnknownKeys unknownKeys;
    final LinkNames linkNames;

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

    public RecordServices(GetCatalogUseCase catalogs, RecordRepository repository, UnitOfWork unitOfWork, Clock clock,
            ListLimits limits, AccessControl accessControl, PasswordHasher passwords, RecordHooks recordHooks,
            WhereRewriters rewriters) {
        this(catalogs, repository, unitOfWork, clock, limits, accessControl, passwords, recordHooks, rewriters,
                RecordInput.UnknownKeys.IGNORE);
    }

    /**
     * @param rewriters what reads the where items that set a module's flag
     * @param unknownKeys what a write does with a key that names nothing of its entity (ATRIUM_STRICT_INPUT)
     */
    public RecordServices(GetCatalogUseCase catalogs, RecordRepository repository, UnitOfWork unitOfWork, Clock clock,
            ListLimits limits, AccessControl accessControl, PasswordHasher passwords, RecordHooks recordHooks,
            WhereRewriters rewriters, RecordInput.UnknownKeys unknownKeys) {
        this.unknownKeys = unknownKeys;
        this.catalogs = catalogs;
        this.repository = repository;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.limits = limits;
        this.stamps = new Stamps(clock, passwords);
        this.references = new RecordReferences(catalogs, repository);
        this.toMany = new ToManyLinks(catalogs, repository);
        this.access = new RecordAccess(accessControl, catalogs, repository);
        this.hooks = new HookRunner(recordHooks, catalogs, repository);
        this.linkNames = new LinkNames(catalogs, access);
        this.pipeline = new WritePipeline(catalogs, repository, access, references,
                new LinkWrites(catalogs, repository, access, stamps), hooks, stamps);
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
}
