package dev.atrium.adapter.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.record.Record;

/**
 * The {@code language} header, as AtroCore reads it: {@code language: de_DE} answers each
 * multilingual field with its {@code de_DE} companion's value. A language not configured is a 400.
 */
final class Languages {

    private final GetCatalogUseCase catalogs;

    Languages(GetCatalogUseCase catalogs) {
        this.catalogs = catalogs;
    }

    /** What turns a record into the requested language's view; the identity without the header. */
    UnaryOperator<Record> of(String language) {
        if (language == null || language.isBlank()) {
            return UnaryOperator.identity();
        }
        String code = language.trim().replace('-', '_');
        if (!catalogs.currentCatalog().languages().contains(code)) {
            throw DomainException.invalid("Language '" + language + "' is not one of the configured languages "
                    + catalogs.currentCatalog().languages() + ".");
        }
        return record -> localised(record, code);
    }

    private Record localised(Record record, String language) {
        EntityDefinition entity = catalogs.currentCatalog().require(record.entity());
        Map<String, Object> values = new LinkedHashMap<>(record.values());
        for (FieldDefinition field : entity.fields().values()) {
            String companion = FieldDefinition.companionName(field.name(), language);
            if (field.multilang() && values.containsKey(field.name()) && values.containsKey(companion)) {
                values.put(field.name(), values.get(companion));
            }
        }
        return new Record(record.entity(), values, record.linkNames(), record.linked());
    }
}
