package dev.atrium.application.port.in;

import java.util.List;
import java.util.Map;

import dev.atrium.domain.record.Record;
import dev.atrium.domain.security.Principal;

/** The values modules add to the records a list or a single read answers, when the request asks for them. */
public interface ExtendRecordsUseCase {

    /**
     * @param parameters the request's query parameters (the first value of each)
     * @return by record id, the values to add to its answer; empty when no module reads these parameters
     */
    Map<String, Map<String, Object>> extend(Principal caller, String entity, List<Record> records,
            Map<String, String> parameters);
}
