package dev.atrium.application.service;

import java.util.Optional;
import java.util.function.Supplier;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.in.GetRecordUseCase;
import dev.atrium.application.port.in.ListRecordsUseCase;
import dev.atrium.application.port.in.MassActionsUseCase;
import dev.atrium.application.port.in.RunRecordActionUseCase;
import dev.atrium.application.port.in.UpsertUseCase;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.application.spi.RecordAction;
import dev.atrium.application.spi.RecordActionCall;
import dev.atrium.domain.security.Principal;

/** Finds a module's record action and runs it with the platform's own use cases, as the caller. */
public final class RecordActionService implements RunRecordActionUseCase {

    private final RecordActions actions;
    private final GetCatalogUseCase catalogs;
    private final GetRecordUseCase reads;
    private final ListRecordsUseCase lists;
    private final UpsertUseCase upserts;
    private final MassActionsUseCase massActions;
    private final UnitOfWork unitOfWork;

    public RecordActionService(RecordActions actions, GetCatalogUseCase catalogs, GetRecordUseCase reads,
            ListRecordsUseCase lists, UpsertUseCase upserts, MassActionsUseCase massActions, UnitOfWork unitOfWork) {
        this.actions = actions;
        this.catalogs = catalogs;
        this.reads = reads;
        this.lists = lists;
        this.upserts = upserts;
        this.massActions = massActions;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public boolean has(String entity, String method, String name) {
        return find(entity, method, name).isPresent();
    }

    @Override
    public Optional<Object> run(Principal caller, String entity, String id, String method, String name, Object body) {
        String canonical = canonical(entity);
        return canonical == null ? Optional.empty() : actions.find(canonical, method, name).map(action ->
                action.run(new Call(caller, canonical, id, body, reads, lists, upserts, massActions, unitOfWork)));
    }

    private Optional<RecordAction> find(String entity, String method, String name) {
        String canonical = canonical(entity);
        return canonical == null ? Optional.empty() : actions.find(canonical, method, name);
    }

    private String canonical(String entity) {
        return catalogs.currentCatalog().find(entity).map(definition -> definition.name()).orElse(null);
    }

    /** One call: a record's accessors are the interface's methods. */
    private record Call(Principal caller, String entity, String id, Object body, GetRecordUseCase reads,
            ListRecordsUseCase lists, UpsertUseCase upserts, MassActionsUseCase massActions, UnitOfWork unitOfWork)
            implements RecordActionCall {

        @Override
        public <T> T inOneTransaction(Supplier<T> work) {
            return unitOfWork.inTransaction(work);
        }
    }
}
