package dev.atrium.application.archfixture;

import java.util.Map;

import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.domain.metadata.EntityDefinition;

/** Breaks the pipeline rule: stores input with the repository directly, skipping access, hooks and checks. */
public class ServiceWritingAroundThePipeline {

    void store(RecordRepository repository, EntityDefinition entity, Map<String, Object> values) {
        repository.insert(entity, values);
    }
}
