package dev.atrium.application.service;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.atrium.application.port.in.ExtendRecordsUseCase;
import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.in.ListRecordsUseCase;
import dev.atrium.application.spi.RecordReadCall;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.Principal;

/** Runs the modules' read extensions on records being answered, as the caller, when the request names their parameters. */
public final class RecordExtensionService implements ExtendRecordsUseCase {

    private final ReadExtensions extensions;
    private final GetCatalogUseCase catalogs;
    private final ListRecordsUseCase lists;

    public RecordExtensionService(ReadExtensions extensions, GetCatalogUseCase catalogs, ListRecordsUseCase lists) {
        this.extensions = extensions;
        this.catalogs = catalogs;
        this.lists = lists;
    }

    @Override
    public Map<String, Map<String, Object>> extend(Principal caller, String entity, List<Record> records,
            Map<String, String> parameters) {
        if (records.isEmpty()) {
            return Map.of();
        }
        String canonical = catalogs.currentCatalog().require(entity).name();
        return extensions.of(canonical)
                .filter(contributed -> contributed.parameters().stream().anyMatch(parameters::containsKey))
                .map(contributed -> {
                    Map<String, Map<String, Object>> extra = new HashMap<>();
                    contributed.extension().extend(new Call(caller, canonical, records, parameters, lists))
                            .forEach((id, value) -> extra.put(id, Collections.singletonMap(contributed.key(), value)));
                    return extra;
                })
                .orElse(Map.of());
    }

    /** One call: its accessors are the interface's methods. */
    private record Call(Principal caller, String entity, List<Record> records, Map<String, String> parameters,
            ListRecordsUseCase lists) implements RecordReadCall {

        @Override
        public String parameter(String name) {
            return parameters.get(name);
        }
    }
}
