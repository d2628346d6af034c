package dev.atrium.adapter.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.SystemFields;

/**
 * The labels of one language as AtroCore's {@code I18n} answers them: by scope (entity) its
 * {@code fields}, {@code links} and {@code options}, and under {@code Global} the {@code scopeNames},
 * {@code scopeNamesPlural} and the labels of the system fields. They are made from the names in the
 * catalog's definitions, which carry no translations, so every configured language has the same ones.
 */
final class I18nJson {

    static final String DEFAULT_LANGUAGE = "en_US";
    private static final List<String> SYSTEM_FIELDS = List.of(SystemFields.ID, SystemFields.NAME,
            SystemFields.DESCRIPTION, SystemFields.DELETED, SystemFields.CREATED_AT, SystemFields.MODIFIED_AT,
            "createdBy", "modifiedBy");

    private I18nJson() {
    }

    /**
     * The language asked for by {@code ?locale=} or else the {@code language} header ({@code de-DE} is
     * {@code de_DE}), by default en_US; one the instance does not have is a 400.
     */
    static String language(Catalog catalog, String locale, String header) {
        String asked = locale != null && !locale.isBlank() ? locale : header;
        if (asked == null || asked.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        String code = asked.trim().replace('-', '_');
        if (!code.equals(DEFAULT_LANGUAGE) && !catalog.languages().contains(code)) {
            throw DomainException.invalid("Language '" + asked + "' is not one of the languages of this instance: "
                    + DEFAULT_LANGUAGE + (catalog.languages().isEmpty() ? "" : ", " + String.join(", ", catalog.languages()))
                    + ".");
        }
        return code;
    }

    static Map<String, Object> of(Catalog catalog) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> plurals = new LinkedHashMap<>();
        Map<String, String> systemFields = new LinkedHashMap<>();
        SYSTEM_FIELDS.forEach(field -> systemFields.put(field, Labels.words(field)));
        Map<String, Object> global = new LinkedHashMap<>();
        global.put("scopeNames", names);
        global.put("scopeNamesPlural", plurals);
        global.put("fields", systemFields);
        json.put("Global", global);
        for (EntityDefinition entity : catalog.entities()) {
            String name = Labels.words(entity.name());
            names.put(entity.name(), name);
            plurals.put(entity.name(), Labels.plural(name));
            json.put(entity.name(), scope(entity));
        }
        return json;
    }

    private static Map<String, Object> scope(EntityDefinition entity) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        for (FieldDefinition field : entity.fields().values()) {
            fields.put(field.name(), label(field));
            if ((field.type() == FieldType.ENUM || field.type() == FieldType.MULTI_ENUM) && field.language() == null
                    && !field.options().isEmpty()) {
                Map<String, String> labels = new LinkedHashMap<>();
                field.options().forEach(option -> labels.put(option, option.isEmpty() ? "" : Labels.words(option)));
                options.put(field.name(), labels);
            }
        }
        Map<String, String> links = new LinkedHashMap<>();
        for (LinkDefinition link : entity.links().values()) {
            links.put(link.name(), Labels.words(link.name()));
            fields.putIfAbsent(link.name(), Labels.words(link.name()));
        }
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("fields", fields);
        scope.put("links", links);
        scope.put("options", options);
        return scope;
    }

    /** A multilingual field's companion ({@code nameDeDe}) is its field's label with the language: "Name (de_DE)". */
    private static String label(FieldDefinition field) {
        if (field.language() == null) {
            return Labels.words(field.name());
        }
        String suffix = FieldDefinition.companionName("", field.language());
        String base = field.name().substring(0, field.name().length() - suffix.length());
        return Labels.words(base) + " (" + field.language() + ")";
    }
}
