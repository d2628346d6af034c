package dev.atrium.application.service;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.atrium.application.port.in.CreateRecordCommand;
import dev.atrium.application.port.in.GetRecordQuery;
import dev.atrium.application.port.in.ListRecordsQuery;
import dev.atrium.application.testing.InMemoryRecordRepository;
import dev.atrium.application.testing.InMemoryUnitOfWork;
import dev.atrium.application.testing.MutableClock;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.query.RecordPage;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.Principal;

/** A record service over the Maker and Gadget fixtures, in-memory storage and a clock that stands still. */
final class Workshop {

    static final Instant START = Instant.parse("2024-05-01T10:20:30.789Z");
    static final LocalDateTime START_UTC = LocalDateTime.of(2024, 5, 1, 10, 20, 30);

    final Catalog catalog = FixtureModule.makersAndGadgets();
    final MutableClock clock = MutableClock.at(START);
    final InMemoryRecordRepository repository;
    final InMemoryUnitOfWork unitOfWork;
    final RecordService service;

    Workshop() {
        this(new InMemoryRecordRepository(), ListLimits.DEFAULT);
    }

    Workshop(InMemoryRecordRepository repository, ListLimits limits) {
        this.repository = repository;
        this.unitOfWork = new InMemoryUnitOfWork(repository);
        this.service = new RecordServices(() -> catalog, repository, unitOfWork, clock, limits,
                new AccessControl(() -> catalog, repository, unitOfWork, clock), new PlainPasswords()).records();
    }

    Record maker(String name) {
        return service.create(new CreateRecordCommand(Principal.SYSTEM, "Maker", Map.of("name", name)));
    }

    /** Creates a gadget named {@code name} with the given attributes, as alternating names and values. */
    Record gadget(String name, Object... attributes) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        for (int i = 0; i < attributes.length; i += 2) {
            body.put((String) attributes[i], attributes[i + 1]);
        }
        return service.create(new CreateRecordCommand(Principal.SYSTEM, "Gadget", body));
    }

    Record get(String entity, String id) {
        return service.get(new GetRecordQuery(Principal.SYSTEM, entity, id));
    }

    RecordPage list(String entity, int offset, Integer maxSize, String sortBy, Boolean ascending) {
        return service.list(new ListRecordsQuery(Principal.SYSTEM, entity, List.of(), null, null, sortBy == null ? null : List.of(sortBy),
                ascending, offset, maxSize, null, true, true));
    }
}
