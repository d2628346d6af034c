package dev.atrium.adapter.rest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.Response;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.domain.record.Precondition;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.RecordInput;

/**
 * The HTTP face of a record's version and of what a write ignored: {@code ETag} on every single-record
 * answer, {@code If-Match} read into the write's precondition, and {@code X-Atrium-Ignored-Fields}.
 */
final class RecordVersions {

    static final String IGNORED_FIELDS = "X-Atrium-Ignored-Fields";

    private RecordVersions() {
    }

    /** A strong tag of the record's version: two answers with one tag hold the same stored record. */
    static String etag(Record record) {
        return "\"" + Precondition.versionOf(record) + "\"";
    }

    static Response.ResponseBuilder tagged(Response.ResponseBuilder answer, Record record) {
        return answer.header("ETag", etag(record));
    }

    /**
     * {@code If-Match} as a precondition: {@code *} or no header asks nothing; otherwise the record must be
     * at one of the listed versions. A weak or foreign tag never matches, as If-Match compares strongly.
     */
    static Precondition ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return Precondition.NONE;
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : header.split(",")) {
            versions.add(version(tag.trim()));
        }
        return new Precondition(versions);
    }

    private static long version(String tag) {
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Long.parseLong(tag.substring(1, tag.length() - 1));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    /** Names the body's keys that the entity does not know, which the write ignored. */
    static Response.ResponseBuilder withIgnored(Response.ResponseBuilder answer, GetCatalogUseCase catalogs, String entity,
            Map<String, ?> body) {
        List<String> ignored = catalogs.currentCatalog().find(entity)
                .map(definition -> RecordInput.unknownKeys(definition, body)).orElse(List.of());
        return ignored.isEmpty() ? answer : answer.header(IGNORED_FIELDS, ErrorResponses.headerSafe(String.join(",", ignored)));
    }
}
