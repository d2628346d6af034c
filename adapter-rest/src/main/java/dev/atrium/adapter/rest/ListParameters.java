package dev.atrium.adapter.rest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.ws.rs.core.MultivaluedMap;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.application.port.in.ListRecordsQuery;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.query.RecordPage;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.StorableText;
import dev.atrium.domain.record.ValidationException;
import dev.atrium.domain.security.Principal;

/** Reads the list parameters of {@code GET /api/v1/{entity}} into a query. */
final class ListParameters {

    private ListParameters() {
    }

    static ListRecordsQuery read(Principal caller, String entity, MultivaluedMap<String, String> parameters) {
        parameters.forEach((name, values) -> values.forEach(value -> storable(name, value)));
        String count = parameters.getFirst("count");
        if (count != null && !count.equals("exact") && !count.equals("none")) {
            throw DomainException.invalid("'count' must be exact or none.");
        }
        boolean totalOnly = "true".equals(parameters.getFirst("totalOnly"));
        boolean collectionOnly = "true".equals(parameters.getFirst("collectionOnly"));
        String asc = parameters.getFirst("asc");
        return new ListRecordsQuery(caller, entity, where(parameters), blankToNull(parameters.getFirst("textFilter")),
                commaList(parameters.getFirst("select")), commaList(parameters.getFirst("sortBy")),
                asc == null ? null : "true".equals(asc),
                QueryParameters.nonNegative("offset", parameters.getFirst("offset"), 0),
                QueryParameters.nonNegative("maxSize", parameters.getFirst("maxSize"), null),
                blankToNull(parameters.getFirst("cursor")),
                !collectionOnly && !"none".equals(count), !totalOnly);
    }

    /** A NUL character or an unpaired surrogate is refused in every parameter, as in every stored value. */
    private static void storable(String name, String value) {
        String problem = StorableText.problem(value);
        if (problem != null) {
            int bracket = name.indexOf('[');
            throw ValidationException.of(bracket > 0 ? name.substring(0, bracket) : name, "characters",
                    "'" + name + "' contains " + problem + ".");
        }
    }

    /** A page as AtroCore answers it: {@code total} (unless not counted), {@code list} (unless total only), {@code next}. */
    static Map<String, Object> answer(ListRecordsQuery query, RecordPage page) {
        return answer(query, page, UnaryOperator.identity());
    }

    /** @param view turns each record into the view answered (the requested language's) */
    static Map<String, Object> answer(ListRecordsQuery query, RecordPage page, UnaryOperator<Record> view) {
        return answer(query, page, view, Map.of());
    }

    /** @param extra by record id, values the modules add to it */
    static Map<String, Object> answer(ListRecordsQuery query, RecordPage page, UnaryOperator<Record> view,
            Map<String, Map<String, Object>> extra) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (page.total() != null) {
            json.put("total", page.total());
        }
        if (query.list()) {
            json.put("list", RecordJson.page(page.list().stream().map(view).toList(),
                    record -> extra.getOrDefault(record.id(), Map.of())));
        }
        if (page.next() != null) {
            json.put("next", page.next());
        }
        return json;
    }

    /** {@code where} as bracket parameters, or as one JSON string (an array, or a single condition). */
    private static List<?> where(MultivaluedMap<String, String> parameters) {
        Object brackets = BracketParameters.read(parameters, "where");
        String json = parameters.getFirst("where");
        if (brackets != null && json != null) {
            throw DomainException.invalid("'where' is given twice: as a JSON string and as array parameters.");
        }
        Object where = brackets != null ? brackets : json == null || json.isBlank() ? List.of() : parse(json);
        List<?> conditions;
        if (where instanceof List<?> list) {
            conditions = list;
        } else if (where instanceof Map<?, ?> single) {
            conditions = List.of(single);
        } else {
            throw DomainException.invalid("'where' must be a list of conditions.");
        }
        List<String> named = boolFilters(parameters);
        if (named.isEmpty()) {
            return conditions;
        }
        List<Object> all = new ArrayList<>(conditions);
        all.add(Map.of("type", "bool", "value", named));
        return all;
    }

    /**
     * AtroCore's named filters: {@code boolFilterList[]=onlyActive&boolFilterList[]=onlyMy}, or one parameter
     * {@code boolFilterList} holding a JSON array or a comma list; they become one {@code bool} where item.
     */
    private static List<String> boolFilters(MultivaluedMap<String, String> parameters) {
        List<String> names = new ArrayList<>();
        for (String value : parameters.getOrDefault("boolFilterList[]", List.of())) {
            names.addAll(commaList(value) == null ? List.of() : commaList(value));
        }
        String single = parameters.getFirst("boolFilterList");
        if (single != null && single.trim().startsWith("[")) {
            if (!(parse(single) instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
                throw DomainException.invalid("'boolFilterList' must be a list of filter names.");
            }
            list.forEach(name -> names.add((String) name));
        } else if (single != null && commaList(single) != null) {
            names.addAll(commaList(single));
        }
        return names;
    }

    private static Object parse(String json) {
        JsonNode node = Json.readTree(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        return Json.MAPPER.convertValue(node, Object.class);
    }

    private static List<String> commaList(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
