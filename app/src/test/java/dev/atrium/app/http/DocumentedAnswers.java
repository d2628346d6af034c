package dev.atrium.app.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Checks a recorded exchange against the operation an OpenAPI document gives its method and path: the
 * status must be one the operation lists, and the body must match that answer's schema.
 */
final class DocumentedAnswers {

    private static final String API_ROOT = "/api/v1";

    private final OpenAPI document;
    private final SchemaCheck check;

    DocumentedAnswers(OpenAPI document) {
        this.document = document;
        this.check = new SchemaCheck(document);
    }

    /** @return what does not match the document; empty when the answer is a documented one */
    List<String> problems(RecordingHttpClient.Exchange exchange) {
        String path = exchange.uri().getRawPath().substring(API_ROOT.length());
        String where = exchange.method() + " " + path + " -> " + exchange.status();
        Optional<Map.Entry<String, PathItem>> route = route(path);
        if (route.isEmpty()) {
            return List.of(where + ": no documented path");
        }
        Operation operation = route.get().getValue().readOperationsMap().get(PathItem.HttpMethod.valueOf(exchange.method()));
        if (operation == null) {
            return List.of(where + ": the method is not documented for " + route.get().getKey());
        }
        ApiResponse answer = operation.getResponses().get(String.valueOf(exchange.status()));
        if (answer == null) {
            return List.of(where + ": the status is not documented for " + operation.getOperationId());
        }
        if (answer.get$ref() != null) {
            answer = document.getComponents().getResponses().get(answer.get$ref().substring(answer.get$ref().lastIndexOf('/') + 1));
        }
        if (answer.getContent() == null) {
            return exchange.body().length == 0 ? List.of() : List.of(where + ": a body where none is documented");
        }
        MediaType json = answer.getContent().get("application/json");
        List<String> problems = new ArrayList<>();
        check.problems(parse(exchange.body()), json.getSchema()).forEach(problem -> problems.add(where + " " + problem));
        return problems;
    }

    /** The documented path the request path matches; a literal segment wins over a template one. */
    private Optional<Map.Entry<String, PathItem>> route(String path) {
        return document.getPaths().entrySet().stream()
                .filter(entry -> path.matches(entry.getKey().replaceAll("\\{[^/}]+}", "[^/]+")))
                .min(Comparator.comparingLong(entry -> entry.getKey().chars().filter(c -> c == '{').count()));
    }

    private static JsonNode parse(byte[] body) {
        try {
            return ApiClient.JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
